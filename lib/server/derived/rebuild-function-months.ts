// The monthly per-function rollups and the change decompositions stored per function and month, rebuilt for the
// whole months a window touches (after rebuild-function-costs and rebuild-keep-warm, whose rows they sum). A month's
// decomposition compares it with the month before, so the month after the window is decomposed again too.
// Rollups are summed inside PostgreSQL (set-based, from the same per-day definition the daily readers sum:
// functionDaysCte); decompositions run the domain's decomposeChange on two rollup months and are written by driver.
// Idempotent: the months' rows of the window's functions are replaced.
import 'server-only'
import {
  type IsoDay,
  type IsoMonth,
  addMonthsTo,
  eachMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
} from '@/lib/domain/calendar'
import type { Db } from '@/lib/server/db/prisma'
import {
  type FunctionPeriodsRow,
  decomposeRow,
  functionDaysCte,
  functionPeriodsSql,
} from '@/lib/server/queries/function-periods-sql'
import { bulkInsert } from '@/lib/server/repositories/bulk-write'

type Executor = Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>

export type FunctionMonthsSummary = { months: number; rollupRows: number; changeParts: number }

export async function rebuildFunctionMonths(
  db: Executor,
  window: { from: IsoDay; to: IsoDay; functionIds?: number[] },
): Promise<FunctionMonthsSummary> {
  const months = eachMonth(monthOf(window.from), monthOf(window.to))
  const from = firstDayOf(months[0]!)
  const to = lastDayOf(months[months.length - 1]!)
  const ids = window.functionIds ?? null
  await db.$executeRawUnsafe(
    'DELETE FROM function_cost_monthly WHERE month BETWEEN $1::date AND $2::date AND ($3::int4[] IS NULL OR function_id = ANY($3::int4[]))',
    from,
    to,
    ids,
  )
  const rollupRows = await db.$executeRawUnsafe(
    `INSERT INTO function_cost_monthly (function_id, month, days, days_with_invocations, requests, gb_seconds, run_seconds, request_cost_usd,
       duration_cost_usd, provisioned_cost_usd, storage_cost_usd, cost_usd, invocations, errors, async_events_received, async_events_dropped,
       memory_mb, architecture, max_retry_attempts, metric_invocations, metric_errors, keep_warm_cost_usd)
     WITH ${functionDaysCte('c.day BETWEEN $1::date AND $2::date AND ($3::int4[] IS NULL OR c.function_id = ANY($3::int4[]))')},
     estimated AS (
       SELECT d.function_id, date_trunc('month', d.day)::date AS month, count(*)::int AS days, count(*) FILTER (WHERE d.requests > 0)::int AS days_with_invocations,
              sum(d.requests) AS requests, sum(d.gb_seconds) AS gb_seconds, sum(d.run_seconds) AS run_seconds,
              sum(d.request_cost_usd) AS request_cost_usd, sum(d.duration_cost_usd) AS duration_cost_usd, sum(d.provisioned_cost_usd) AS provisioned_cost_usd,
              sum(d.storage_cost_usd) AS storage_cost_usd, sum(d.cost_usd) AS cost_usd,
              sum(d.invocations) AS invocations, sum(d.errors) AS errors, sum(d.async_received) AS async_received, sum(d.async_dropped) AS async_dropped,
              (array_agg(d.memory_mb ORDER BY d.day DESC))[1] AS memory_mb, (array_agg(d.architecture ORDER BY d.day DESC))[1] AS architecture,
              (array_agg(d.max_retry_attempts ORDER BY d.day DESC))[1] AS max_retry_attempts
       FROM d GROUP BY 1, 2
     ), metrics AS (
       SELECT function_id, date_trunc('month', day)::date AS month, sum(invocations) AS invocations, sum(errors) AS errors
       FROM function_metric_daily WHERE day BETWEEN $1::date AND $2::date AND ($3::int4[] IS NULL OR function_id = ANY($3::int4[])) GROUP BY 1, 2
     ), keep_warm AS (
       SELECT function_id, date_trunc('month', day)::date AS month, sum(ping_cost_usd) AS cost
       FROM keep_warm_daily WHERE day BETWEEN $1::date AND $2::date AND ($3::int4[] IS NULL OR function_id = ANY($3::int4[])) GROUP BY 1, 2
     )
     SELECT coalesce(e.function_id, m.function_id, k.function_id), coalesce(e.month, m.month, k.month),
            coalesce(e.days, 0), coalesce(e.days_with_invocations, 0), coalesce(e.requests, 0), coalesce(e.gb_seconds, 0), coalesce(e.run_seconds, 0),
            coalesce(e.request_cost_usd, 0), coalesce(e.duration_cost_usd, 0), coalesce(e.provisioned_cost_usd, 0), coalesce(e.storage_cost_usd, 0), coalesce(e.cost_usd, 0),
            coalesce(e.invocations, 0), coalesce(e.errors, 0), coalesce(e.async_received, 0), coalesce(e.async_dropped, 0),
            e.memory_mb, e.architecture, e.max_retry_attempts, coalesce(m.invocations, 0), coalesce(m.errors, 0), k.cost
     FROM estimated e
     FULL JOIN metrics m ON m.function_id = e.function_id AND m.month = e.month
     FULL JOIN keep_warm k ON k.function_id = coalesce(e.function_id, m.function_id) AND k.month = coalesce(e.month, m.month)`,
    from,
    to,
    ids,
  )
  let changeParts = 0
  for (const month of [...months, addMonthsTo(months[months.length - 1]!, 1)])
    changeParts += await storeChangeParts(db, month, window.functionIds)
  return { months: months.length, rollupRows, changeParts }
}

type PartRow = { functionId: number; month: IsoDay; driver: string; usd: string }

/** Decomposes every function's change from the month before into `month` (from the rollups) and stores its parts. */
async function storeChangeParts(db: Executor, month: IsoMonth, functionIds: number[] | undefined): Promise<number> {
  const previous = addMonthsTo(month, -1)
  const ranges = {
    previous: { from: firstDayOf(previous), to: lastDayOf(previous) },
    current: { from: firstDayOf(month), to: lastDayOf(month) },
  }
  await db.$executeRawUnsafe(
    'DELETE FROM function_change_part WHERE month = $1::date AND ($2::int4[] IS NULL OR function_id = ANY($2::int4[]))',
    ranges.current.from,
    functionIds ?? null,
  )
  const sql = functionPeriodsSql(ranges, functionIds ? { functionIds } : {})
  const rows = await db.$queryRawUnsafe<FunctionPeriodsRow[]>(sql.text, ...sql.values)
  const parts: PartRow[] = rows.flatMap((row) =>
    decomposeRow(row).parts.map((part) => ({
      functionId: row.id,
      month: ranges.current.from,
      driver: part.driver,
      usd: part.usd,
    })),
  )
  return bulkInsert(
    db,
    'function_change_part',
    [
      { name: 'function_id', type: 'int4', value: (r: PartRow) => r.functionId },
      { name: 'month', type: 'date', value: (r) => r.month },
      { name: 'driver', type: 'text', value: (r) => r.driver },
      { name: 'usd', type: 'text', value: (r) => r.usd },
    ],
    parts,
  )
}
