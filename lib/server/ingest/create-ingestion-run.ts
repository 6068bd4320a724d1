// Records a run as queued. Single flight: a run for the same window and sources that is still queued or
// running is returned instead of creating a second one (checked under a transaction-level advisory lock, so
// concurrent requests cannot both miss each other). A new run that would take today's Cost Explorer spending
// over the daily cap is refused (DailySpendCapError), under the same lock.
import 'server-only'
import { type IsoDay, dayToDate } from '@/lib/domain/calendar'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { expectedCostExplorerCalls, refusalBeyondDailyCap } from '@/lib/domain/ingest/cost-explorer-spend'
import { INGESTION_SOURCES, type IngestionSource } from '@/lib/schemas/ingestion'
import { costExplorerSpendToday, knownCostExplorerAccounts } from '@/lib/server/stored/cost-explorer-spend'
import { DailySpendCapError } from './cost-explorer-spend'
import { planIngestion } from './plan-ingestion'
import { emptyProgress } from '@/lib/server/stored/ingestion-progress'
import { sweepStaleRuns } from './sweep-stale-runs'

export type RunTrigger = 'manual' | 'cli' | 'schedule'

export async function createIngestionRun(
  db: Db,
  input: {
    trigger: RunTrigger
    window?: DayRange
    sources?: IngestionSource[]
    today?: IsoDay
    costExplorerDailyCapUsd: string
  },
): Promise<{ id: string; deduplicated: boolean; window: DayRange }> {
  const sources = normaliseSources(input.sources)
  const today = input.today ?? clock.today()
  const plan = await planIngestion(db, { today, window: input.window })
  // A run left `running` by a dead process must not absorb new requests.
  await sweepStaleRuns(db)
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('finops:create-ingestion-run'))`
    const existing = await tx.ingestionRun.findFirst({
      where: {
        status: { in: ['queued', 'running'] },
        windowFrom: dayToDate(plan.run.from),
        windowTo: dayToDate(plan.run.to),
        sources: { equals: sources },
      },
      orderBy: { createdAt: 'asc' },
    })
    if (existing) return { id: existing.id, deduplicated: true, window: plan.run }
    if (sources.includes('costs')) {
      const spend = await costExplorerSpendToday(tx, { today, capUsd: input.costExplorerDailyCapUsd })
      const refusal = refusalBeyondDailyCap(
        spend,
        expectedCostExplorerCalls(plan.costs, await knownCostExplorerAccounts(tx)),
      )
      if (refusal) throw new DailySpendCapError(refusal)
    }
    const run = await tx.ingestionRun.create({
      data: {
        trigger: input.trigger,
        status: 'queued',
        windowFrom: dayToDate(plan.run.from),
        windowTo: dayToDate(plan.run.to),
        sources,
        progress: {
          ...emptyProgress(),
          incremental: plan.incremental,
          windows: {
            costs: sources.includes('costs') ? plan.costs : null,
            metrics: sources.includes('metrics') ? plan.metrics : null,
          },
        },
      },
    })
    return { id: run.id, deduplicated: false, window: plan.run }
  })
}

/** In a fixed order; metrics need the function list, so they bring the Lambda listing with them. */
export function normaliseSources(sources: readonly IngestionSource[] | undefined): IngestionSource[] {
  const wanted = new Set<IngestionSource>(sources?.length ? sources : INGESTION_SOURCES)
  if (wanted.has('metrics')) wanted.add('lambda')
  return INGESTION_SOURCES.filter((source) => wanted.has(source))
}
