// A window's CloudWatch metrics for a set of functions, exactly as CloudWatch reports them now: the window's
// rows of those functions are deleted and the fetched rows copied in (a period without data has no row).
// Callers run this inside the window's transaction, so a failure leaves the previous rows in place.
import 'server-only'
import type pg from 'pg'
import { copyRows } from './copy-rows'
import { type DailyMetricRow, type HourlyMetricRow, dailyColumns, hourlyColumns } from './write-function-metrics'

type Window = { functionIds: number[]; from: string; to: string }

export async function replaceDailyMetrics(
  client: pg.ClientBase,
  window: Window,
  rows: DailyMetricRow[],
): Promise<number> {
  assertInside(rows, (row) => Date.parse(`${row.day}T00:00:00Z`), window)
  await client.query(
    'DELETE FROM function_metric_daily WHERE function_id = ANY($1::int4[]) AND day BETWEEN $2::date AND $3::date',
    [window.functionIds, window.from, window.to],
  )
  return copyRows(client, 'function_metric_daily', dailyColumns, rows)
}

export async function replaceHourlyMetrics(
  client: pg.ClientBase,
  window: Window,
  rows: HourlyMetricRow[],
): Promise<number> {
  assertInside(rows, (row) => row.hour.getTime(), window)
  await client.query(
    `DELETE FROM function_metric_hourly WHERE function_id = ANY($1::int4[]) AND hour >= ($2::date)::timestamp AT TIME ZONE 'UTC' AND hour < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'`,
    [window.functionIds, window.from, window.to],
  )
  return copyRows(client, 'function_metric_hourly', hourlyColumns, rows)
}

function assertInside<Row extends { functionId: number }>(rows: Row[], time: (row: Row) => number, window: Window) {
  const ids = new Set(window.functionIds)
  const start = Date.parse(`${window.from}T00:00:00Z`)
  const end = Date.parse(`${window.to}T00:00:00Z`) + 86_400_000
  const outside = rows.find((row) => !ids.has(row.functionId) || !(time(row) >= start && time(row) < end))
  if (outside)
    throw new RangeError(
      `Metric row of function ${outside.functionId} at ${new Date(time(outside)).toISOString()} lies outside the window it replaces`,
    )
}
