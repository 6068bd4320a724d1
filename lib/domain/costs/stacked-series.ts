// The breakdown as a stacked chart: the largest groups as series and the rest folded into "Other", so the
// stack still adds up to the period total. Series labels are unique (two functions may share a name).
import { addTo, topNWithOther } from '@/lib/domain/aggregation/top-n-with-other'
import { type Decimal, ZERO, toAmountString, toDecimal } from '@/lib/domain/money'
import type { CostBreakdown } from './shape-cost-breakdown'

// Seven series and "Other": one colour each from the eight-colour palette.
export const CHART_SERIES = 7
const OTHER = 'Other'

export type StackedSeries = { series: string[]; rows: { periodStart: string; amounts: Record<string, string> }[] }

export function stackedSeries(
  breakdown: Pick<CostBreakdown, 'groups' | 'periods'>,
  maxSeries = CHART_SERIES,
): StackedSeries {
  const labels = uniqueLabels(breakdown.groups.map((group) => group.label))
  const totals = new Map<string, Decimal>()
  breakdown.groups.forEach((group, index) => totals.set(labels[index]!, toDecimal(group.currentUsd).abs()))
  const { keep, fold } = topNWithOther(totals, maxSeries, OTHER)
  const rows = breakdown.periods.map((period, periodIndex) => {
    const cells = new Map<string, Decimal>()
    breakdown.groups.forEach((group, index) => {
      const label = labels[index]!
      addTo(cells, fold.has(label) ? OTHER : label, toDecimal(group.byPeriod[periodIndex] ?? '0'))
    })
    return {
      periodStart: period.start,
      amounts: Object.fromEntries(keep.map((label) => [label, toAmountString(cells.get(label) ?? ZERO)])),
    }
  })
  return { series: keep, rows }
}

function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>()
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1
    seen.set(label, count)
    return count === 1 && label !== OTHER ? label : `${label} (${count})`
  })
}
