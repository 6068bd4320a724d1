// Start-up rule: a database whose daily estimates predate the monthly rollups (upgraded from a version without
// them) gets its rollups and stored change decompositions built once, for every month with data; after that the
// derived-data refresh keeps them up to date month by month.
import 'server-only'
import { dateToDay } from '@/lib/domain/calendar'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { rebuildFunctionMonths } from './rebuild-function-months'

const TRANSACTION = { timeout: 60 * 60_000, maxWait: 60_000 }

export async function ensureFunctionMonths(databaseUrl: string, log: (line: string) => void) {
  const db = createPrismaClient(databaseUrl)
  try {
    const [bounds] = await db.$queryRawUnsafe<{ first: Date | null; last: Date | null; rolled_up: boolean }[]>(
      `SELECT min(day) AS first, max(day) AS last, EXISTS (SELECT 1 FROM function_cost_monthly) AS rolled_up FROM (
         SELECT day FROM function_cost_daily UNION ALL SELECT day FROM function_metric_daily UNION ALL SELECT day FROM keep_warm_daily) days`,
    )
    if (!bounds?.first || !bounds.last || bounds.rolled_up) return
    const window = { from: dateToDay(bounds.first), to: dateToDay(bounds.last) }
    log(`Building the monthly per-function rollups for ${window.from}..${window.to} (once, after an upgrade)…`)
    const started = performance.now()
    const summary = await db.$transaction((tx) => rebuildFunctionMonths(tx, window), TRANSACTION)
    log(
      `Built ${summary.rollupRows} monthly rollup rows and ${summary.changeParts} change parts in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    )
  } finally {
    await db.$disconnect()
  }
}
