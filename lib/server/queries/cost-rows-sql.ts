// The one SQL that sums costs by period and dimensions, for the breakdown API and the CSV export alike (so
// their totals are the same numbers). The line items that count (counted-cost-lines.ts) answer service, usage
// type, account and region; per-function estimates answer anything that involves a function, with usage types
// derived from the estimate's meters (requests, duration, provisioned concurrency, ephemeral storage); whole months
// of per-function estimates come from their monthly rollups (function_cost_monthly).
import 'server-only'
import { type IsoDay, isWholeMonths } from '@/lib/domain/calendar'
import {
  type CostFilters,
  type Dimension,
  type Granularity,
  type LineDimension,
  costSource,
} from '@/lib/domain/costs/dimensions'
import { LAMBDA_SERVICE } from '@/lib/domain/costs/shape-cost-breakdown'
import { ARCHITECTURES } from '@/lib/domain/functions/function-config'
import { lambdaMeterUsageType } from '@/lib/domain/pricing/lambda-usage-types'
import { type LambdaMeter } from '@/lib/domain/pricing/types'
import { REGIONS } from '@/lib/domain/regions'
import { COUNTED_COST_LINES } from './counted-cost-lines'

export type SqlQuery = { text: string; values: unknown[] }

export type CostRowsRequest = {
  from: IsoDay
  to: IsoDay
  groupBy: Dimension[]
  filters: CostFilters
  /** Omit to sum the whole range per group (the comparison range). */
  granularity?: Granularity
  /** Also amortized cost, quantities and the estimated flag, ordered for a deterministic export. */
  forExport?: boolean
}

// Meters of a function_cost_daily row, by the column that holds their cost.
const METER_COLUMNS: [LambdaMeter, string][] = [
  ['request', 'request_cost_usd'],
  ['duration', 'duration_cost_usd'],
  ['provisioned_concurrency', 'provisioned_cost_usd'],
  ['ephemeral_storage', 'storage_cost_usd'],
]

class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

/**
 * Columns: period_start (when a granularity is given), one `d0`, `d1` per dimension (a function is its ARN,
 * followed by `function_name` and `function_account_id`), `cost`; for exports also `amortized`, `quantity`, `unit` (when grouped by
 * usage type) and `estimated`.
 */
export function costRowsSql(request: CostRowsRequest): SqlQuery {
  const source = costSource(request)
  if (source === 'team_allocation')
    throw new Error('A breakdown by team is allocated (team-cost-rows.ts), not summed in SQL')
  return source === 'function_estimates' ? functionRowsSql(request) : lineItemRowsSql(request)
}

type Keys = { select: string[]; group: string[] }

// Periods are grouped and ordered as dates and only formatted for output: sorting a million text keys is slower.
function periodKey(request: CostRowsRequest, dayColumn: string, params: Params): Keys {
  if (!request.granularity) return { select: [], group: [] }
  const period =
    request.granularity === 'daily'
      ? dayColumn
      : `greatest(date_trunc('month', ${dayColumn})::date, ${params.add(request.from)}::date)`
  return { select: [`to_char(${period}, 'YYYY-MM-DD') AS period_start`], group: [period] }
}

function lineItemRowsSql(request: CostRowsRequest): SqlQuery {
  const params = new Params()
  const columns: Record<LineDimension, string> = {
    service: 'service',
    usage_type: 'usage_type',
    account: 'account_id',
    region: 'region',
  }
  const where = [`day BETWEEN ${params.add(request.from)}::date AND ${params.add(request.to)}::date`]
  for (const [dimension, column] of Object.entries(columns) as [LineDimension, string][]) {
    const values = request.filters[dimension]
    if (values?.length) where.push(`${column} = ANY(${params.add(values)}::text[])`)
  }
  const keys = periodKey(request, 'day', params)
  for (const [index, dimension] of request.groupBy.entries()) {
    const column = columns[dimension as LineDimension]
    keys.select.push(`${column} AS d${index}`)
    keys.group.push(column)
  }
  const select = [...keys.select, 'sum(unblended_cost)::text AS cost']
  if (request.forExport) {
    select.push('sum(amortized_cost)::text AS amortized')
    if (request.groupBy.includes('usage_type')) {
      select.push(
        'sum(usage_quantity)::text AS quantity',
        `CASE WHEN min(usage_unit) = max(usage_unit) THEN min(usage_unit) ELSE 'mixed' END AS unit`,
      )
    }
    select.push('bool_or(estimated) AS estimated')
  }
  return {
    text: `SELECT ${select.join(', ')} FROM ${COUNTED_COST_LINES} cost_line_item WHERE ${where.join(' AND ')}${groupAndOrder(keys.group, request.forExport)}`,
    values: params.values,
  }
}

function functionRowsSql(request: CostRowsRequest): SqlQuery {
  const params = new Params()
  const byUsageType = request.groupBy.includes('usage_type') || (request.filters.usage_type?.length ?? 0) > 0
  const usageType = 'coalesce(ut.usage_type, m.meter)'
  const fixed: Record<Exclude<Dimension, 'service' | 'team'>, string> = {
    usage_type: usageType,
    account: 'f.account_id',
    region: 'f.region',
    function: 'f.arn',
  }
  // Bound only when selected: PostgreSQL rejects a parameter it never sees used.
  const column = (dimension: Dimension): string =>
    dimension === 'service' ? `${params.add(LAMBDA_SERVICE)}::text` : fixed[dimension as keyof typeof fixed]
  // Whole months summed whole (the comparison range, or per month) are read from the monthly rollups: one row per
  // function and month instead of one per day. Usage types need each day's architecture, and days are days.
  const monthly = !byUsageType && request.granularity !== 'daily' && isWholeMonths(request)
  const day = monthly ? 'c.month' : 'c.day'
  const where = [`${day} BETWEEN ${params.add(request.from)}::date AND ${params.add(request.to)}::date`]
  if (monthly) where.push('c.days > 0')
  const services = request.filters.service
  if (services?.length && !services.includes(LAMBDA_SERVICE)) where.push('false')
  if (request.filters.account?.length) where.push(`f.account_id = ANY(${params.add(request.filters.account)}::text[])`)
  if (request.filters.region?.length) where.push(`f.region = ANY(${params.add(request.filters.region)}::text[])`)
  if (request.filters.function?.length) where.push(`f.arn = ANY(${params.add(request.filters.function)}::text[])`)
  if (request.filters.usage_type?.length)
    where.push(`${usageType} = ANY(${params.add(request.filters.usage_type)}::text[])`)

  let from = `${monthly ? 'function_cost_monthly' : 'function_cost_daily'} c JOIN lambda_function f ON f.id = c.function_id`
  if (byUsageType) {
    const mapping = usageTypeMapping()
    from +=
      // The architecture in force that day: the last snapshot taken before the day ended (as the estimate uses).
      ` JOIN LATERAL (SELECT s.architecture FROM function_config_snapshot s WHERE s.function_id = c.function_id` +
      ` AND s.valid_from < ((c.day + 1)::timestamp AT TIME ZONE 'UTC') ORDER BY s.valid_from DESC LIMIT 1) cfg ON true` +
      ` CROSS JOIN LATERAL (VALUES ${METER_COLUMNS.map(([meter, column]) => `('${meter}', c.${column})`).join(', ')}) m(meter, cost)` +
      ` LEFT JOIN unnest(${params.add(mapping.regions)}::text[], ${params.add(mapping.architectures)}::text[], ${params.add(mapping.meters)}::text[], ${params.add(mapping.usageTypes)}::text[])` +
      ` ut(region, architecture, meter, usage_type) ON ut.region = f.region AND ut.architecture = cfg.architecture AND ut.meter = m.meter`
    where.push('m.cost <> 0')
  }
  const keys = periodKey(request, day, params)
  for (const [index, dimension] of request.groupBy.entries()) {
    const expression = column(dimension)
    keys.select.push(`${expression} AS d${index}`)
    keys.group.push(expression)
    if (dimension === 'function') {
      keys.select.push('f.name AS function_name', 'f.account_id AS function_account_id')
      keys.group.push('f.name', 'f.account_id')
    }
  }
  const select = [...keys.select, `sum(${byUsageType ? 'm.cost' : 'c.cost_usd'})::text AS cost`]
  if (request.forExport) select.push('true AS estimated')
  return {
    text: `SELECT ${select.join(', ')} FROM ${from} WHERE ${where.join(' AND ')}${groupAndOrder(keys.group, request.forExport)}`,
    values: params.values,
  }
}

function groupAndOrder(keys: string[], ordered = false): string {
  if (keys.length === 0) return ''
  return ` GROUP BY ${keys.join(', ')}${ordered ? ` ORDER BY ${keys.join(', ')}` : ''}`
}

let mappingCache: { regions: string[]; architectures: string[]; meters: string[]; usageTypes: string[] } | undefined

/** Every region × architecture × meter with the usage type Cost Explorer reports for it. */
function usageTypeMapping() {
  if (mappingCache) return mappingCache
  const mapping = {
    regions: [] as string[],
    architectures: [] as string[],
    meters: [] as string[],
    usageTypes: [] as string[],
  }
  for (const region of REGIONS) {
    for (const architecture of ARCHITECTURES) {
      for (const [meter] of METER_COLUMNS) {
        mapping.regions.push(region.code)
        mapping.architectures.push(architecture)
        mapping.meters.push(meter)
        mapping.usageTypes.push(lambdaMeterUsageType(region.code, architecture, meter))
      }
    }
  }
  return (mappingCache = mapping)
}

/** Days in the range that AWS still marks as estimated, among the line items the request covers. */
export function estimatedDaysSql(request: Pick<CostRowsRequest, 'from' | 'to' | 'filters' | 'groupBy'>): SqlQuery {
  const params = new Params()
  const where = ['estimated', `day BETWEEN ${params.add(request.from)}::date AND ${params.add(request.to)}::date`]
  const functionSource = costSource(request) === 'function_estimates'
  const filtered: [string, string[] | undefined][] = [
    ['service', functionSource ? [LAMBDA_SERVICE] : request.filters.service],
    ['usage_type', functionSource ? undefined : request.filters.usage_type],
    ['account_id', request.filters.account],
    ['region', request.filters.region],
  ]
  for (const [column, values] of filtered)
    if (values?.length) where.push(`${column} = ANY(${params.add(values)}::text[])`)
  return {
    text: `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM ${COUNTED_COST_LINES} cost_line_item WHERE ${where.join(' AND ')} ORDER BY 1`,
    values: params.values,
  }
}

/** The values each line-item dimension takes in the range, for filter pickers (one scan). */
export function filterOptionsSql(range: { from: IsoDay; to: IsoDay }): SqlQuery {
  return {
    text: `SELECT service, usage_type, account_id, region FROM ${COUNTED_COST_LINES} cost_line_item WHERE day BETWEEN $1::date AND $2::date
           GROUP BY GROUPING SETS ((service), (usage_type), (account_id), (region))`,
    values: [range.from, range.to],
  }
}
