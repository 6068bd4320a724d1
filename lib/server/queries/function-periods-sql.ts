// Each function's usage in two ranges side by side (previous, current): summed daily estimates with the
// configuration in force each day, CloudWatch error and async-event counts, and its keep-warm budget, read from
// the monthly rollups when both ranges are whole months. Feeds the change decomposition on the costs page, the
// functions CSV, the Overview's "Why AWS Lambda changed" and the stored decompositions (function_change_part).
import 'server-only'
import { type IsoDay, isWholeMonths } from '@/lib/domain/calendar'
import {
  CostModelMismatchError,
  type Decomposition,
  type FunctionMonth,
  decomposeChange,
  unexplainedChange,
} from '@/lib/domain/insights/decompose-change'
import { type FunctionPeriodTotals, toFunctionMonth } from '@/lib/domain/insights/function-month'
import type { SqlQuery } from './cost-rows-sql'

export type Range = { from: IsoDay; to: IsoDay }

const PERIODS = [
  ['cur', true],
  ['prev', false],
] as const

const SUMS = [
  'requests',
  'gb_seconds',
  'run_seconds',
  'request_cost_usd',
  'duration_cost_usd',
  'storage_cost_usd',
  'provisioned_cost_usd',
  'cost_usd',
] as const
const COUNTS = ['invocations', 'errors', 'async_received', 'async_dropped'] as const
const LATEST = ['memory_mb', 'architecture', 'max_retry_attempts'] as const

/**
 * Each estimated day of a function (`d`): its function_cost_daily row with the configuration in force that day
 * (billed seconds are GB-s ÷ that day's memory) and the day's CloudWatch counts. The one definition the ranges
 * below sum and the monthly rollups (function_cost_monthly) store, so both add the same days the same way.
 */
export function functionDaysCte(where: string): string {
  return `cfg AS (
      SELECT s.function_id, s.memory_mb, s.architecture, s.max_retry_attempts,
             (s.valid_from AT TIME ZONE 'UTC')::date AS first_day,
             lead((s.valid_from AT TIME ZONE 'UTC')::date) OVER (PARTITION BY s.function_id ORDER BY s.valid_from) AS next_day
      FROM function_config_snapshot s
    ), d AS (
      SELECT c.function_id, c.day,
             c.requests, c.gb_seconds, c.gb_seconds * 1024 / cfg.memory_mb AS run_seconds,
             c.request_cost_usd, c.duration_cost_usd, c.storage_cost_usd, c.provisioned_cost_usd, c.cost_usd,
             coalesce(m.invocations, 0) AS invocations, coalesce(m.errors, 0) AS errors,
             coalesce(m.async_events_received, 0) AS async_received, coalesce(m.async_events_dropped, 0) AS async_dropped,
             cfg.memory_mb, cfg.architecture, cfg.max_retry_attempts
      FROM function_cost_daily c
      JOIN cfg ON cfg.function_id = c.function_id AND c.day >= cfg.first_day AND (cfg.next_day IS NULL OR c.day < cfg.next_day)
      LEFT JOIN function_metric_daily m ON m.function_id = c.function_id AND m.day = c.day
      WHERE ${where}
    )`
}

export type FunctionPeriodsOptions = { arns?: string[]; functionIds?: number[] }

/**
 * Each function's previous and current range side by side (FunctionPeriodsRow). Ranges of whole months are read
 * from the monthly rollups (one row per function and month); any other range sums the estimated days.
 */
export function functionPeriodsSql(
  ranges: { previous: Range; current: Range },
  options: FunctionPeriodsOptions = {},
): SqlQuery {
  return isWholeMonths(ranges.previous) && isWholeMonths(ranges.current)
    ? monthlyPeriodsSql(ranges, options)
    : dailyPeriodsSql(ranges, options)
}

function restriction(values: unknown[], options: FunctionPeriodsOptions, column: string): string {
  let only = ''
  if (options.arns) {
    values.push(options.arns)
    only += ` AND ${column} IN (SELECT id FROM lambda_function WHERE arn = ANY($${values.length}::text[]))`
  }
  if (options.functionIds) {
    values.push(options.functionIds)
    only += ` AND ${column} = ANY($${values.length}::int4[])`
  }
  return only
}

const KEEP_WARM_BUDGET_COLUMNS =
  'b.interval_minutes, b.concurrency, b.ping_duration_ms, b.memory_mb AS budget_memory_mb'
const GROUP_AND_ORDER = `GROUP BY f.id, acc.id, b.id
    ORDER BY f.account_id, f.region, f.name, f.id`

/** The two ranges summed from the estimated days themselves (any range; the rollups' oracle in tests). */
export function dailyPeriodsSql(
  ranges: { previous: Range; current: Range },
  options: FunctionPeriodsOptions,
): SqlQuery {
  const values: unknown[] = [ranges.previous.from, ranges.previous.to, ranges.current.from, ranges.current.to]
  const only = restriction(values, options, 'c.function_id')
  const columns = PERIODS.flatMap(([prefix, current]) => {
    const condition = `${current ? '' : 'NOT '}d.day >= $3::date`
    return [
      ...SUMS.map((name) => `coalesce(sum(d.${name}) FILTER (WHERE ${condition}), 0)::text AS ${prefix}_${name}`),
      ...COUNTS.map((name) => `coalesce(sum(d.${name}) FILTER (WHERE ${condition}), 0)::float8 AS ${prefix}_${name}`),
      `count(*) FILTER (WHERE ${condition})::int AS ${prefix}_days`,
      `count(*) FILTER (WHERE ${condition} AND d.requests > 0)::int AS ${prefix}_days_with_invocations`,
      ...LATEST.map(
        (name) => `(array_agg(d.${name} ORDER BY d.day DESC) FILTER (WHERE ${condition}))[1] AS ${prefix}_${name}`,
      ),
    ]
  })
  const text = `
    WITH ${functionDaysCte(`(c.day BETWEEN $1::date AND $2::date OR c.day BETWEEN $3::date AND $4::date)${only}`)}
    SELECT f.id, f.arn, f.name, f.account_id, acc.name AS account_name, f.region, ${KEEP_WARM_BUDGET_COLUMNS},
           (SELECT sum(k.ping_cost_usd) FROM keep_warm_daily k WHERE k.function_id = f.id AND k.day BETWEEN $3::date AND $4::date)::text AS cur_keep_warm_actual_usd,
           ${columns.join(',\n           ')}
    FROM d JOIN lambda_function f ON f.id = d.function_id JOIN aws_account acc ON acc.id = f.account_id
    LEFT JOIN keep_warm_budget b ON b.function_id = f.id
    ${GROUP_AND_ORDER}`
  return { text, values }
}

// The rollup's column for each summed day column.
const MONTHLY_COUNTS: Record<(typeof COUNTS)[number], string> = {
  invocations: 'invocations',
  errors: 'errors',
  async_received: 'async_events_received',
  async_dropped: 'async_events_dropped',
}

/** The two ranges of whole months summed from the monthly rollups. */
export function monthlyPeriodsSql(
  ranges: { previous: Range; current: Range },
  options: FunctionPeriodsOptions,
): SqlQuery {
  const values: unknown[] = [ranges.previous.from, ranges.previous.to, ranges.current.from, ranges.current.to]
  const only = restriction(values, options, 'r.function_id')
  const columns = PERIODS.flatMap(([prefix, current]) => {
    const condition = `${current ? '' : 'NOT '}r.month >= $3::date`
    return [
      ...SUMS.map((name) => `coalesce(sum(r.${name}) FILTER (WHERE ${condition}), 0)::text AS ${prefix}_${name}`),
      ...COUNTS.map(
        (name) =>
          `coalesce(sum(r.${MONTHLY_COUNTS[name]}) FILTER (WHERE ${condition}), 0)::float8 AS ${prefix}_${name}`,
      ),
      `coalesce(sum(r.days) FILTER (WHERE ${condition}), 0)::int AS ${prefix}_days`,
      `coalesce(sum(r.days_with_invocations) FILTER (WHERE ${condition}), 0)::int AS ${prefix}_days_with_invocations`,
      // The configuration of the range's last estimated day: its last month's (only months with an estimated day are read).
      ...LATEST.map(
        (name) => `(array_agg(r.${name} ORDER BY r.month DESC) FILTER (WHERE ${condition}))[1] AS ${prefix}_${name}`,
      ),
    ]
  })
  const text = `
    SELECT f.id, f.arn, f.name, f.account_id, acc.name AS account_name, f.region, ${KEEP_WARM_BUDGET_COLUMNS},
           (SELECT sum(k.keep_warm_cost_usd) FROM function_cost_monthly k WHERE k.function_id = f.id AND k.month BETWEEN $3::date AND $4::date)::text AS cur_keep_warm_actual_usd,
           ${columns.join(',\n           ')}
    FROM function_cost_monthly r JOIN lambda_function f ON f.id = r.function_id JOIN aws_account acc ON acc.id = f.account_id
    LEFT JOIN keep_warm_budget b ON b.function_id = f.id
    WHERE r.days > 0 AND (r.month BETWEEN $1::date AND $2::date OR r.month BETWEEN $3::date AND $4::date)${only}
    ${GROUP_AND_ORDER}`
  return { text, values }
}

export type FunctionPeriodsRow = {
  id: number
  arn: string
  name: string
  account_id: string
  account_name: string
  region: string
  interval_minutes: number | null
  concurrency: number | null
  ping_duration_ms: number | null
  budget_memory_mb: number | null
  /** Cost of the keep-warm pings measured in the current range (keep_warm_daily); null when none are known. */
  cur_keep_warm_actual_usd: string | null
} & Record<string, string | number | null>

/** The row's previous and current FunctionMonth; null for a range in which the function had no estimate. */
function functionMonthsOf(row: FunctionPeriodsRow): { previous: FunctionMonth | null; current: FunctionMonth | null } {
  const keepWarm =
    row.interval_minutes !== null && row.concurrency !== null
      ? { intervalMinutes: row.interval_minutes, concurrency: row.concurrency }
      : null
  const month = (prefix: 'cur' | 'prev') =>
    Number(row[`${prefix}_days`]) > 0 ? toFunctionMonth(totalsOf(row, prefix), { region: row.region, keepWarm }) : null
  return { previous: month('prev'), current: month('cur') }
}

/** Why the row's cost changed; a function whose stored estimates the cost model does not reproduce gets its
 * change as one "not explained" part (shown as such on every page and in the CSV) instead of wrong causes. */
export function decomposeRow(row: FunctionPeriodsRow): Decomposition {
  const { previous, current } = functionMonthsOf(row)
  try {
    return decomposeChange(previous, current)
  } catch (error) {
    if (error instanceof CostModelMismatchError) return unexplainedChange(previous, current, error)
    throw error
  }
}

export function totalsOf(row: FunctionPeriodsRow, prefix: 'cur' | 'prev'): FunctionPeriodTotals {
  const text = (name: string) => String(row[`${prefix}_${name}`] ?? '0')
  const number = (name: string) => Number(row[`${prefix}_${name}`] ?? 0)
  return {
    requests: text('requests'),
    gbSeconds: text('gb_seconds'),
    runSeconds: text('run_seconds'),
    requestCostUsd: text('request_cost_usd'),
    durationCostUsd: text('duration_cost_usd'),
    storageCostUsd: text('storage_cost_usd'),
    provisionedCostUsd: text('provisioned_cost_usd'),
    costUsd: text('cost_usd'),
    errors: number('errors'),
    asyncEventsReceived: number('async_received'),
    asyncEventsDropped: number('async_dropped'),
    days: number('days'),
    daysWithInvocations: number('days_with_invocations'),
    memoryMb: number('memory_mb'),
    architecture: text('architecture'),
    maxRetryAttempts: number('max_retry_attempts'),
  }
}
