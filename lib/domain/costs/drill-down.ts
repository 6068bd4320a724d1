// Drill-down through a breakdown: a row filters to its values and shows the next dimension (service → usage
// type → function for AWS Lambda; account or region → service …); a function row focuses on that function.
// Breadcrumbs undo the filters one at a time, back to the view each filter was chosen from.
import { type CostBreakdown, LAMBDA_SERVICE, valueLabel } from './shape-cost-breakdown'
import { type CostFilters, type CostQuery, DIMENSION_LABELS, type Dimension, activeFilters } from './dimensions'

const CHAIN: Dimension[] = ['service', 'usage_type', 'function']

export function isLambdaOnly(filters: CostFilters): boolean {
  return filters.service?.length === 1 && filters.service[0] === LAMBDA_SERVICE
}

/** The dimension to show after filtering on `dimension`, or null when there is nothing finer. */
export function nextDimension(dimension: Dimension, filters: CostFilters): Dimension | null {
  const candidates: Dimension[] =
    dimension === 'account' || dimension === 'region'
      ? CHAIN
      : dimension === 'function'
        ? ['usage_type']
        : CHAIN.slice(CHAIN.indexOf(dimension) + 1)
  return (
    candidates.find(
      (candidate) => !filters[candidate]?.length && (candidate !== 'function' || isLambdaOnly(filters)),
    ) ?? null
  )
}

/** The view after activating a row, or null when the row is as fine as it gets. */
export function drillInto(query: CostQuery, group: { values: Partial<Record<Dimension, string>> }): CostQuery | null {
  const last = query.groupBy.at(-1)
  // A team's cost includes its share of shared pools: nothing finer to drill into.
  if (!last || last === 'team') return null
  const filters: CostFilters = { ...query.filters }
  for (const dimension of query.groupBy) filters[dimension] = [group.values[dimension] ?? '']
  const next = nextDimension(last, filters)
  if (next) return { ...query, groupBy: [next], filters }
  // A function is worth a view of its own (its change decomposition) even with nothing finer to show.
  return query.groupBy.includes('function') ? { ...query, groupBy: [], filters } : null
}

export type Breadcrumb = { label: string; query: CostQuery | null }

/** "All costs › AWS Lambda › On-demand duration, Arm (APN2-Lambda-GB-Second-ARM) › orders-api"; the last crumb is the current view. */
export function breadcrumbs(query: CostQuery, labels: CostBreakdown['labels']): Breadcrumb[] {
  const filters = activeFilters(query.filters)
  const crumbs: Breadcrumb[] = [
    { label: 'All costs', query: filters.length ? { ...query, filters: {}, groupBy: [filters[0]![0]] } : null },
  ]
  filters.forEach(([dimension, values], index) => {
    const kept = Object.fromEntries(filters.slice(0, index + 1)) as CostFilters
    const drilledFrom = filters[index + 1]?.[0]
    const label =
      values.length === 1
        ? valueLabel(dimension, values[0]!, labels)
        : `${values.length} × ${DIMENSION_LABELS[dimension].toLowerCase()}`
    crumbs.push({ label, query: drilledFrom ? { ...query, filters: kept, groupBy: [drilledFrom] } : null })
  })
  return crumbs
}
