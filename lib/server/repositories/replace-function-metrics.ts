// A window's CloudWatch metrics for a set of functions, exactly as CloudWatch reports them now: the window's
// rows of those functions are deleted and the fetched rows inserted (a period without data has no row).
// Callers run this inside the window's transaction, so a failure leaves the previous rows in place.
import type { SqlExecutor } from './bulk-write'
import { type DailyMetricRow, type HourlyMetricRow, upsertDailyMetrics, upsertHourlyMetrics } from './write-function-metrics'

type Window = { functionIds: number[]; from: string; to: string }

export async function replaceDailyMetrics(db: SqlExecutor, window: Window, rows: DailyMetricRow[]): Promise<number> {
  assertInside(rows.map((row) => ({ functionId: row.functionId, day: row.day })), window)
  await db.$executeRawUnsafe('DELETE FROM function_metric_daily WHERE function_id = ANY($1::int4[]) AND day BETWEEN $2::date AND $3::date', window.functionIds, window.from, window.to)
  return upsertDailyMetrics(db, rows)
}

export async function replaceHourlyMetrics(db: SqlExecutor, window: Window, rows: HourlyMetricRow[]): Promise<number> {
  assertInside(rows.map((row) => ({ functionId: row.functionId, day: row.hour.toISOString().slice(0, 10) })), window)
  await db.$executeRawUnsafe(
    `DELETE FROM function_metric_hourly WHERE function_id = ANY($1::int4[]) AND hour >= $2::date::timestamptz AND hour < ($3::date + 1)::timestamptz`,
    window.functionIds,
    window.from,
    window.to,
  )
  return upsertHourlyMetrics(db, rows)
}

function assertInside(rows: { functionId: number; day: string }[], window: Window) {
  const ids = new Set(window.functionIds)
  const outside = rows.find((row) => !ids.has(row.functionId) || row.day < window.from || row.day > window.to)
  if (outside) throw new RangeError(`Metric row of function ${outside.functionId} on ${outside.day} lies outside the window it replaces`)
}
