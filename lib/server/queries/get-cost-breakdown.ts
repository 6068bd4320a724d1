import 'server-only'
import { type IsoDay, eachMonth, firstDayOf, lastDayOf, monthOf } from '@/lib/domain/calendar'
import { type CostQuery, type ResolvedCostQuery, costSource } from '@/lib/domain/costs/dimensions'
import { type KrwTwins, krwTwins, withKrwTwins } from '@/lib/domain/costs/krw-twins'
import { type Comparison, comparisonPeriod, periodsOf } from '@/lib/domain/costs/periods'
import {
  type CostBreakdown,
  type FilterOptions,
  type FunctionInfo,
  shapeCostBreakdown,
} from '@/lib/domain/costs/shape-cost-breakdown'
import type { Currency } from '@/lib/domain/fx/currency'
import type { Decomposition } from '@/lib/domain/insights/decompose-change'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { loadMonthRates } from '@/lib/server/stored/fx-rates'
import { costRowsSql, estimatedDaysSql, filterOptionsSql } from './cost-rows-sql'
import { type FunctionPeriodsRow, decomposeRow, functionPeriodsSql } from './function-periods-sql'
import { defaultOverviewMonth, getDataBounds } from './get-overview'
import { teamCostRows } from './team-cost-rows'

// Functions whose change is decomposed in one answer; a breakdown by function of a huge estate lists more
// rows than anyone reads, and each decomposition is a few milliseconds.
const MAX_DECOMPOSED_FUNCTIONS = 500
const MAX_OPTIONS = 500

/** An explicit range, or the last complete month with data (the month a team lead reviews). */
export function resolveCostRange(
  query: CostQuery,
  bounds: { first: IsoDay; through: IsoDay } | null,
  today: IsoDay,
): ResolvedCostQuery {
  if (query.from && query.to) return { ...query, from: query.from, to: query.to }
  const month = bounds ? defaultOverviewMonth(bounds.first, bounds.through) : monthOf(today)
  return { ...query, from: firstDayOf(month), to: lastDayOf(month) }
}

type Row = Record<string, string | boolean | null>

/** The breakdown in USD; with KRW, each amount's won beside it at its month's recorded rate (krw-twins.ts). */
export async function getCostBreakdown(db: Db, query: CostQuery, currency: Currency = 'USD'): Promise<CostBreakdown> {
  const bounds = await getDataBounds(db)
  const resolved = resolveCostRange(query, bounds, clock.today())
  const comparison = comparisonPeriod(resolved.from, resolved.to, bounds?.through ?? null)
  const run = <T>(sql: { text: string; values: unknown[] }) => db.$queryRawUnsafe<T[]>(sql.text, ...sql.values)
  const dimensionValues = (row: Row) => resolved.groupBy.map((_, index) => String(row[`d${index}`]))

  if (costSource(resolved) === 'team_allocation') return teamBreakdown(db, resolved, bounds, comparison)
  const [current, previous, estimatedDays, accounts, options] = await Promise.all([
    run<Row>(costRowsSql({ ...resolved })),
    run<Row>(
      costRowsSql({ from: comparison.from, to: comparison.to, groupBy: resolved.groupBy, filters: resolved.filters }),
    ),
    run<{ day: string }>(estimatedDaysSql(resolved)),
    db.awsAccount.findMany({ select: { id: true, name: true } }),
    run<Record<string, string | null>>(filterOptionsSql(resolved)),
  ])

  const functionIndex = resolved.groupBy.indexOf('function')
  const arns = new Set(resolved.filters.function ?? [])
  if (functionIndex >= 0) for (const row of [...current, ...previous]) arns.add(String(row[`d${functionIndex}`]))
  const functions = await functionInfo(db, [...arns])
  const functionChanges =
    costSource(resolved) === 'function_estimates' && arns.size <= MAX_DECOMPOSED_FUNCTIONS
      ? await decomposeFunctions(db, [...arns], {
          previous: comparison,
          current: { from: resolved.from, to: comparison.currentThrough },
        })
      : {}

  const breakdown = shapeCostBreakdown({
    from: resolved.from,
    to: resolved.to,
    granularity: resolved.granularity,
    groupBy: resolved.groupBy,
    filters: resolved.filters,
    source: costSource(resolved),
    dataThrough: bounds?.through ?? null,
    comparison,
    periods: periodsOf(resolved.from, resolved.to, resolved.granularity),
    current: current
      .filter((row) => row.cost !== null)
      .map((row) => ({ periodStart: String(row.period_start), values: dimensionValues(row), cost: String(row.cost) })),
    previous: previous
      .filter((row) => row.cost !== null)
      .map((row) => ({ values: dimensionValues(row), cost: String(row.cost) })),
    estimatedDays: estimatedDays.map((row) => row.day),
    labels: { account: Object.fromEntries(accounts.map((account) => [account.id, account.name])), function: functions },
    functionChanges,
    availableMonths: bounds ? eachMonth(monthOf(bounds.first), monthOf(bounds.through)) : [],
    options: optionsOf(options),
  })
  if (currency === 'USD') return breakdown
  return withKrwTwins(breakdown, await krwTwinsOf(db, resolved, comparison, current, dimensionValues))
}

/** By team: the allocation's rows (team-cost-rows.ts) shaped like any breakdown; in USD (costs-query.ts). */
async function teamBreakdown(
  db: Db,
  resolved: ResolvedCostQuery,
  bounds: { first: IsoDay; through: IsoDay } | null,
  comparison: Comparison,
): Promise<CostBreakdown> {
  const run = <T>(sql: { text: string; values: unknown[] }) => db.$queryRawUnsafe<T[]>(sql.text, ...sql.values)
  const [current, previous, estimatedDays, options] = await Promise.all([
    teamCostRows(db, resolved, resolved.granularity),
    teamCostRows(db, comparison, 'monthly'),
    run<{ day: string }>(estimatedDaysSql(resolved)),
    run<Record<string, string | null>>(filterOptionsSql(resolved)),
  ])
  return shapeCostBreakdown({
    from: resolved.from,
    to: resolved.to,
    granularity: resolved.granularity,
    groupBy: resolved.groupBy,
    filters: resolved.filters,
    source: 'team_allocation',
    dataThrough: bounds?.through ?? null,
    comparison,
    periods: periodsOf(resolved.from, resolved.to, resolved.granularity),
    current,
    previous,
    estimatedDays: estimatedDays.map((row) => row.day),
    labels: { account: {}, function: {} },
    functionChanges: {},
    availableMonths: bounds ? eachMonth(monthOf(bounds.first), monthOf(bounds.through)) : [],
    options: optionsOf(options),
  })
}

/** The won of the breakdown's rows; the comparison range is read again by month, since each month has its rate. */
async function krwTwinsOf(
  db: Db,
  resolved: ResolvedCostQuery,
  comparison: Comparison,
  current: Row[],
  dimensionValues: (row: Row) => string[],
): Promise<KrwTwins> {
  const months = [
    ...eachMonth(monthOf(comparison.from), monthOf(comparison.to)),
    ...eachMonth(monthOf(resolved.from), monthOf(resolved.to)),
  ]
  const sql = costRowsSql({
    from: comparison.from,
    to: comparison.to,
    groupBy: resolved.groupBy,
    filters: resolved.filters,
    granularity: 'monthly',
  })
  const [rates, previous] = await Promise.all([
    loadMonthRates(db, months),
    db.$queryRawUnsafe<Row[]>(sql.text, ...sql.values),
  ])
  const rows = (list: Row[]) =>
    list
      .filter((row) => row.cost !== null)
      .map((row) => ({ periodStart: String(row.period_start), values: dimensionValues(row), cost: String(row.cost) }))
  return krwTwins({
    range: resolved,
    comparison,
    periods: periodsOf(resolved.from, resolved.to, resolved.granularity),
    current: rows(current),
    previous: rows(previous),
    rates,
  })
}

async function functionInfo(db: Db, arns: string[]): Promise<Record<string, FunctionInfo>> {
  if (arns.length === 0) return {}
  const rows = await db.$queryRawUnsafe<{ arn: string; id: number; name: string; accountId: string; region: string }[]>(
    'SELECT arn, id, name, account_id AS "accountId", region FROM lambda_function WHERE arn = ANY($1::text[])',
    arns,
  )
  return Object.fromEntries(rows.map(({ arn, ...info }) => [arn, info]))
}

export async function decomposeFunctions(
  db: Db,
  arns: string[],
  ranges: Parameters<typeof functionPeriodsSql>[0],
): Promise<Record<string, Decomposition>> {
  if (arns.length === 0) return {}
  const sql = functionPeriodsSql(ranges, { arns })
  const rows = await db.$queryRawUnsafe<FunctionPeriodsRow[]>(sql.text, ...sql.values)
  return Object.fromEntries(rows.map((row) => [row.arn, decomposeRow(row)]))
}

function optionsOf(rows: Record<string, string | null>[]): FilterOptions {
  const collect = (column: string) =>
    rows
      .map((row) => row[column])
      .filter((value): value is string => value !== null && value !== undefined)
      .sort((a, b) => a.localeCompare(b))
      .slice(0, MAX_OPTIONS)
  return {
    service: collect('service'),
    usage_type: collect('usage_type'),
    account: collect('account_id'),
    region: collect('region'),
  }
}
