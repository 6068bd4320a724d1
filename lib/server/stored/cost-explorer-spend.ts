// Today's Cost Explorer spending, for the daily cap (FINOPS_CE_MAX_USD_PER_DAY): the requests of runs started
// this UTC day, and those expected of runs still queued (a running one keeps what it has not yet spent of its
// expectation). A run counts on the UTC day it started, midnight or not. Read by the run that checks the cap
// and by the Ingestion page.
import 'server-only'
import { type IsoDay, dayToDate } from '@/lib/domain/calendar'
import { type DailySpend, expectedCostExplorerCalls } from '@/lib/domain/ingest/cost-explorer-spend'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import type { Db } from '@/lib/server/db/prisma'

/** cost_line_item.source of the lines ingestion reads from Cost Explorer. */
export const COST_EXPLORER_SOURCE = 'cost_explorer'

type Reader = Pick<Db, '$queryRawUnsafe'>

/** Accounts Cost Explorer has reported before, each of which costs a request per month. */
export async function knownCostExplorerAccounts(db: Reader): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ accounts: number }[]>(
    `SELECT count(*)::int AS accounts FROM aws_account a
     WHERE NOT a.is_demo AND EXISTS (SELECT 1 FROM cost_line_item c WHERE c.account_id = a.id AND c.source = $1)`,
    COST_EXPLORER_SOURCE,
  )
  return row?.accounts ?? 0
}

export async function costExplorerSpendToday(
  db: Reader,
  input: { today: IsoDay; capUsd: string; exceptRunId?: string },
): Promise<DailySpend> {
  const runs = await db.$queryRawUnsafe<
    { status: string; started_today: boolean; calls: number; costs_window: DayRange | null }[]
  >(
    `SELECT status::text, started_at >= $1::timestamptz AND started_at < $1::timestamptz + interval '1 day' AS started_today,
            coalesce((progress->'costs'->>'calls')::int, 0) AS calls, progress->'windows'->'costs' AS costs_window
     FROM ingestion_run
     WHERE (started_at >= $1::timestamptz AND started_at < $1::timestamptz + interval '1 day' OR status IN ('queued', 'running'))
       AND id IS DISTINCT FROM $2::uuid`,
    dayToDate(input.today),
    input.exceptRunId ?? null,
  )
  const waiting = runs.filter((run) => (run.status === 'queued' || run.status === 'running') && run.costs_window)
  const accounts = waiting.length ? await knownCostExplorerAccounts(db) : 0
  let spentCalls = 0
  let reservedCalls = 0
  for (const run of runs) {
    if (run.started_today) spentCalls += run.calls
    if (waiting.includes(run))
      reservedCalls += Math.max(0, expectedCostExplorerCalls(run.costs_window, accounts) - run.calls)
  }
  return { day: input.today, capUsd: input.capUsd, spentCalls, reservedCalls }
}
