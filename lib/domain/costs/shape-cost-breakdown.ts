// Shapes a cost breakdown from plain rows: one series per group over the periods, each group's total and
// change against the comparison range, the overall total, and the top movers up and down. Every amount stays
// an exact decimal string; groups that only existed in the comparison range are kept (they moved down).
import type { IsoDay, IsoMonth } from '@/lib/domain/calendar'
import type { Currency } from '@/lib/domain/fx/currency'
import type { Decomposition } from '@/lib/domain/insights/decompose-change'
import { type Decimal, ZERO, toAmountString, toDecimal } from '@/lib/domain/money'
import { type Change, monthOverMonth } from '@/lib/domain/aggregation/month-over-month'
import {
  type CostSource,
  type Dimension,
  type Granularity,
  type CostFilters,
  DIMENSION_LABELS,
  type LineDimension,
} from './dimensions'
import type { Comparison, Period } from './periods'
import { usageTypeName } from './usage-type-names'

export const LAMBDA_SERVICE = 'AWS Lambda'
export const TOP_MOVERS = 5

export type CostRow = { periodStart: IsoDay; values: string[]; cost: string }
export type PreviousRow = { values: string[]; cost: string }
/** A function the breakdown names, by ARN: `id` leads to its page. */
export type FunctionInfo = { id: number; name: string; accountId: string; region: string }

export type CostGroup = Change & {
  key: string
  values: Partial<Record<Dimension, string>>
  label: string
  sharePct: number | null
  byPeriod: string[]
}

export type CostBreakdown = {
  from: IsoDay
  to: IsoDay
  granularity: Granularity
  groupBy: Dimension[]
  filters: CostFilters
  source: CostSource
  /** USD; KRW when the won were added beside the dollars (./krw-twins.ts). */
  currency: Currency
  /** Per-function amounts are estimates from metrics, not billed amounts. */
  estimated: boolean
  /** Function estimates exist for AWS Lambda only: other services are not in this answer. */
  lambdaOnly: boolean
  notes: string[]
  dataThrough: IsoDay | null
  comparison: Comparison
  periods: (Period & { estimated: boolean })[]
  /** Days in the range that AWS still marks as estimated (restated later). */
  estimatedDays: IsoDay[]
  total: Change & { byPeriod: string[] }
  groups: CostGroup[]
  movers: { up: string[]; down: string[] }
  labels: { account: Record<string, string>; function: Record<string, FunctionInfo> }
  /** Why each function's whole estimated cost changed against the comparison range, by function ARN. */
  functionChanges: Record<string, Decomposition>
  /** Months with cost data, for month pickers. */
  availableMonths: IsoMonth[]
  /** Values each line-item dimension takes in the range, for filter pickers. */
  options: FilterOptions
}

export type FilterOptions = Record<LineDimension, string[]>

export type BreakdownInput = Omit<
  CostBreakdown,
  'periods' | 'total' | 'groups' | 'movers' | 'estimated' | 'lambdaOnly' | 'notes' | 'currency'
> & {
  periods: Period[]
  current: CostRow[]
  previous: PreviousRow[]
}

export function groupKey(values: string[]): string {
  return JSON.stringify(values)
}

export function shapeCostBreakdown(input: BreakdownInput): CostBreakdown {
  const periodIndex = new Map(input.periods.map((period, index) => [period.start, index]))
  const groups = new Map<string, { values: string[]; byPeriod: Decimal[]; current: Decimal; previous: Decimal }>()
  const groupOf = (values: string[]) => {
    const key = groupKey(values)
    let group = groups.get(key)
    if (!group)
      groups.set(key, (group = { values, byPeriod: input.periods.map(() => ZERO), current: ZERO, previous: ZERO }))
    return group
  }
  const totalByPeriod = input.periods.map(() => ZERO)
  for (const row of input.current) {
    const index = periodIndex.get(row.periodStart)
    if (index === undefined)
      throw new RangeError(`Row for ${row.periodStart} is outside the periods of ${input.from}..${input.to}`)
    const amount = toDecimal(row.cost)
    const group = groupOf(row.values)
    group.byPeriod[index] = group.byPeriod[index]!.plus(amount)
    group.current = group.current.plus(amount)
    totalByPeriod[index] = totalByPeriod[index]!.plus(amount)
  }
  for (const row of input.previous) {
    const group = groupOf(row.values)
    group.previous = group.previous.plus(toDecimal(row.cost))
  }

  const current = totalByPeriod.reduce((acc, amount) => acc.plus(amount), ZERO)
  const previous = [...groups.values()].reduce((acc, group) => acc.plus(group.previous), ZERO)
  const shaped: CostGroup[] = [...groups.entries()]
    .sort(
      ([keyA, a], [keyB, b]) =>
        b.current.comparedTo(a.current) || b.previous.comparedTo(a.previous) || keyA.localeCompare(keyB),
    )
    .map(([key, group]) => {
      const values = Object.fromEntries(
        input.groupBy.map((dimension, index) => [dimension, group.values[index]!]),
      ) as Partial<Record<Dimension, string>>
      return {
        key,
        values,
        label: groupLabel(values, input.groupBy, input.labels),
        ...monthOverMonth(group.current, group.previous),
        sharePct: current.isZero() ? null : group.current.div(current).times(100).toDecimalPlaces(1).toNumber(),
        byPeriod: group.byPeriod.map(toAmountString),
      }
    })

  const estimatedDays = new Set(input.estimatedDays)
  const functionSource = input.source === 'function_estimates'
  return {
    from: input.from,
    to: input.to,
    granularity: input.granularity,
    groupBy: input.groupBy,
    filters: input.filters,
    source: input.source,
    currency: 'USD',
    estimated: functionSource,
    lambdaOnly: functionSource,
    notes: notesFor(input),
    dataThrough: input.dataThrough,
    comparison: input.comparison,
    periods: input.periods.map((period) => ({
      ...period,
      estimated: input.estimatedDays.some((day) => day >= period.start && day <= period.end),
    })),
    estimatedDays: [...estimatedDays].sort(),
    total: { ...monthOverMonth(current, previous), byPeriod: totalByPeriod.map(toAmountString) },
    groups: shaped,
    movers: topMovers(shaped),
    labels: input.labels,
    functionChanges: input.functionChanges,
    availableMonths: input.availableMonths,
    options: input.options,
  }
}

export function groupLabel(
  values: Partial<Record<Dimension, string>>,
  groupBy: Dimension[],
  labels: CostBreakdown['labels'],
): string {
  if (groupBy.length === 0) return 'Total'
  return groupBy.map((dimension) => valueLabel(dimension, values[dimension] ?? '', labels)).join(' · ')
}

export function valueLabel(dimension: Dimension, value: string, labels: CostBreakdown['labels']): string {
  if (dimension === 'account') return labels.account[value] ? `${labels.account[value]} (${value})` : value
  if (dimension === 'function') return labels.function[value]?.name ?? value
  if (dimension === 'usage_type') {
    const name = usageTypeName(value)
    return name ? `${name} (${value})` : value
  }
  return value
}

function topMovers(groups: CostGroup[]): { up: string[]; down: string[] } {
  const byChange = [...groups].sort(
    (a, b) => toDecimal(b.changeUsd).comparedTo(toDecimal(a.changeUsd)) || a.key.localeCompare(b.key),
  )
  return {
    up: byChange
      .filter((group) => toDecimal(group.changeUsd).gt(0))
      .slice(0, TOP_MOVERS)
      .map((group) => group.key),
    down: byChange
      .filter((group) => toDecimal(group.changeUsd).lt(0))
      .reverse()
      .slice(0, TOP_MOVERS)
      .map((group) => group.key),
  }
}

function notesFor(input: BreakdownInput): string[] {
  const notes: string[] = []
  if (input.source === 'function_estimates') {
    notes.push(
      'Per-function amounts are estimates: CloudWatch metrics × configuration × list price, before the account-level free tier. They cover AWS Lambda only; the billed Lambda total comes from Cost Explorer.',
    )
    if (input.groupBy.includes('usage_type') || input.filters.usage_type?.length) {
      notes.push(
        'Per-function usage types come from the estimate: duration on provisioned concurrency is counted with on-demand duration.',
      )
    }
    const others = input.filters.service?.filter((service) => service !== LAMBDA_SERVICE) ?? []
    if (others.length > 0)
      notes.push(
        `Per-function costs exist only for ${LAMBDA_SERVICE}; ${others.join(', ')} ${others.length === 1 ? 'has' : 'have'} none.`,
      )
  }
  if (input.source === 'team_allocation')
    notes.push(
      'By team: each day’s cost placed by the team rules in force that day, shared pools split by their method; what no rule places is unallocated.',
    )
  const basis = input.comparison.basis
  if (basis === 'same_days_of_previous_months')
    notes.push(`Data ends on ${input.comparison.currentThrough}: changes compare the same days of the earlier period.`)
  return notes
}

export function describeGroupBy(groupBy: Dimension[]): string {
  return groupBy.length === 0 ? 'Total' : groupBy.map((dimension) => DIMENSION_LABELS[dimension]).join(' × ')
}
