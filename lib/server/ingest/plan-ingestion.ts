// The windows a run fetches. An explicit window applies to every source; otherwise each source is incremental
// from what the database already holds for real (non-demo) accounts.
import 'server-only'
import { type IsoDay, dateToDay } from '@/lib/domain/calendar'
import { type DayRange, incrementalWindow, unionOf } from '@/lib/domain/ingest/plan-windows'
import type { Db } from '@/lib/server/db/prisma'

export type IngestionPlan = { costs: DayRange; metrics: DayRange; run: DayRange; incremental: boolean }

export async function planIngestion(db: Db, input: { today: IsoDay; window?: DayRange }): Promise<IngestionPlan> {
  if (input.window) return { costs: input.window, metrics: input.window, run: input.window, incremental: false }
  const [costs] = await db.$queryRaw<{ last: Date | null; earliest_estimated: Date | null }[]>`
    SELECT max(c.day) AS last, min(c.day) FILTER (WHERE c.estimated) AS earliest_estimated
    FROM cost_line_item c JOIN aws_account a ON a.id = c.account_id
    WHERE c.source = 'cost_explorer' AND NOT a.is_demo`
  const [metrics] = await db.$queryRaw<{ last: Date | null }[]>`
    SELECT max(m.day) AS last FROM function_metric_daily m
    JOIN lambda_function f ON f.id = m.function_id JOIN aws_account a ON a.id = f.account_id
    WHERE NOT a.is_demo`
  const costWindow = incrementalWindow({
    today: input.today,
    lastStoredDay: day(costs?.last),
    earliestEstimatedDay: day(costs?.earliest_estimated),
  })
  const metricWindow = incrementalWindow({ today: input.today, lastStoredDay: day(metrics?.last) })
  return { costs: costWindow, metrics: metricWindow, run: unionOf([costWindow, metricWindow]), incremental: true }
}

function day(value: Date | null | undefined): IsoDay | null {
  return value ? dateToDay(value) : null
}
