// The dimensions a cost breakdown can group and filter by, and what a request for one looks like. Costs by
// service, usage type, account and region are Cost Explorer's billed amounts; by function they are the
// per-function estimates (metrics × configuration × list price), which exist for AWS Lambda only; by team they are
// the team allocation (lib/domain/teams: the rules in force each day, shared pools split, the unallocated bucket),
// which groups alone: its shared splits have no service or account to drill into.
import type { IsoDay } from '@/lib/domain/calendar'

export const DIMENSIONS = ['service', 'usage_type', 'account', 'region', 'function', 'team'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export const MAX_GROUP_BY = 2

export const DIMENSION_LABELS: Record<Dimension, string> = {
  service: 'Service',
  usage_type: 'Usage type',
  account: 'Account',
  region: 'Region',
  function: 'Function',
  team: 'Team',
}

/** The CSV column a dimension's value is written to. */
export const DIMENSION_COLUMNS: Record<Dimension, string> = {
  account: 'account_id',
  service: 'service',
  usage_type: 'usage_type',
  region: 'region',
  function: 'function_name',
  team: 'team',
}

export const GRANULARITIES = ['daily', 'monthly'] as const
export type Granularity = (typeof GRANULARITIES)[number]

export type CostFilters = Partial<Record<Dimension, string[]>>

export type CostQuery = {
  /** Inclusive range; both absent means the default month (the last complete month with data). */
  from?: IsoDay
  to?: IsoDay
  granularity: Granularity
  groupBy: Dimension[]
  filters: CostFilters
}

export type ResolvedCostQuery = CostQuery & { from: IsoDay; to: IsoDay }

export type CostSource = 'cost_explorer' | 'function_estimates' | 'team_allocation'

/** Line-item dimensions: what Cost Explorer's lines carry (and a cost line can be filtered by). */
export type LineDimension = Exclude<Dimension, 'function' | 'team'>

/**
 * The team allocation answers a query by team; per-function estimates any query that groups or filters by function;
 * Cost Explorer the rest.
 */
export function costSource(query: Pick<CostQuery, 'groupBy' | 'filters'>): CostSource {
  if (query.groupBy.includes('team')) return 'team_allocation'
  return query.groupBy.includes('function') || (query.filters.function?.length ?? 0) > 0
    ? 'function_estimates'
    : 'cost_explorer'
}

/** Filters that are set, in the order a drill-down adds them. */
export const FILTER_ORDER: readonly Dimension[] = ['account', 'region', 'service', 'usage_type', 'function']

export function activeFilters(filters: CostFilters): [Dimension, string[]][] {
  return FILTER_ORDER.flatMap((dimension) => {
    const values = filters[dimension]
    return values && values.length > 0 ? [[dimension, values] as [Dimension, string[]]] : []
  })
}
