// Shapes the overview page's numbers from plain rows: the month's total and its change, a 13-month trend by
// service (top services plus "Other"), the Lambda bill by kind of usage, and the most expensive functions.
import { type IsoDay, type IsoMonth, addMonthsTo, eachMonth } from '@/lib/domain/calendar'
import { type Decimal, ZERO, toAmountString, toDecimal } from '@/lib/domain/money'
import { LAMBDA_CATEGORY_LABELS, type LambdaCategory, lambdaCategory } from '@/lib/domain/costs/usage-type-names'
import { type Change, monthOverMonth } from './month-over-month'
import { addTo, topNWithOther } from './top-n-with-other'

export const LAMBDA_SERVICE = 'AWS Lambda'
export const TREND_MONTHS = 13
const TREND_SERVICES = 6

export type OverviewInput = {
  month: IsoMonth
  dataThrough: IsoDay | null
  availableMonths: IsoMonth[]
  monthlyByService: { month: IsoMonth; service: string; cost: string }[]
  comparison: { current: string; previous: string; sameDays: boolean }
  estimatedDays: number
  lambdaByUsageType: { usageType: string; cost: string }[]
  topFunctions: { id: number; name: string; accountId: string; accountName: string; region: string; cost: string }[]
}

export type Overview = {
  month: IsoMonth
  availableMonths: IsoMonth[]
  dataThrough: IsoDay | null
  isPartialMonth: boolean
  estimatedDays: number
  total: Change & { comparedWith: 'previous_month' | 'same_days_of_previous_month' }
  lambdaUsd: string
  lambdaSharePct: number | null
  trend: { services: string[]; rows: { month: IsoMonth; totalUsd: string; byService: Record<string, string> }[] }
  lambdaByCategory: { category: LambdaCategory; label: string; costUsd: string }[]
  topFunctions: {
    id: number
    name: string
    accountId: string
    accountName: string
    region: string
    costUsd: string
    sharePct: number | null
  }[]
}

export function summarizeOverview(input: OverviewInput): Overview {
  // Months before the first data are left out rather than drawn as $0.
  const trendStart = addMonthsTo(input.month, -(TREND_MONTHS - 1))
  const firstData = input.availableMonths[0]
  const months = eachMonth(
    firstData && firstData > trendStart && firstData <= input.month ? firstData : trendStart,
    input.month,
  )
  const byServiceTotal = new Map<string, Decimal>()
  const cells = new Map<string, Map<string, Decimal>>()
  for (const row of input.monthlyByService) {
    const amount = toDecimal(row.cost)
    addTo(byServiceTotal, row.service, amount)
    const monthCells = cells.get(row.month) ?? new Map<string, Decimal>()
    addTo(monthCells, row.service, amount)
    cells.set(row.month, monthCells)
  }
  const { keep, fold } = topNWithOther(byServiceTotal, TREND_SERVICES)
  const rows = months.map((month) => {
    const monthCells = cells.get(month) ?? new Map<string, Decimal>()
    const shaped = new Map<string, Decimal>()
    let total = ZERO
    for (const [service, amount] of monthCells) {
      addTo(shaped, fold.has(service) ? 'Other' : service, amount)
      total = total.plus(amount)
    }
    return {
      month,
      totalUsd: toAmountString(total),
      byService: Object.fromEntries(keep.map((s) => [s, toAmountString(shaped.get(s) ?? ZERO)])),
    }
  })

  const monthTotal = toDecimal(rows.at(-1)?.totalUsd ?? 0)
  const lambda = sumWhere(input.monthlyByService, (row) => row.month === input.month && row.service === LAMBDA_SERVICE)

  const categories = new Map<string, Decimal>()
  for (const row of input.lambdaByUsageType) addTo(categories, lambdaCategory(row.usageType), toDecimal(row.cost))
  const lambdaByCategory = (Object.keys(LAMBDA_CATEGORY_LABELS) as LambdaCategory[])
    .filter((category) => categories.has(category))
    .map((category) => ({
      category,
      label: LAMBDA_CATEGORY_LABELS[category],
      costUsd: toAmountString(categories.get(category)!),
    }))

  const functionsTotal = input.topFunctions.reduce((acc, f) => acc.plus(toDecimal(f.cost)), ZERO)
  const estimatedLambda = lambda.isZero() ? functionsTotal : lambda
  return {
    month: input.month,
    availableMonths: input.availableMonths,
    dataThrough: input.dataThrough,
    isPartialMonth: input.comparison.sameDays,
    estimatedDays: input.estimatedDays,
    total: {
      ...monthOverMonth(input.comparison.current, input.comparison.previous),
      comparedWith: input.comparison.sameDays ? 'same_days_of_previous_month' : 'previous_month',
    },
    lambdaUsd: toAmountString(lambda),
    lambdaSharePct: percent(lambda, monthTotal),
    trend: { services: keep, rows },
    lambdaByCategory,
    topFunctions: input.topFunctions.map((f) => ({
      id: f.id,
      name: f.name,
      accountId: f.accountId,
      accountName: f.accountName,
      region: f.region,
      costUsd: toAmountString(toDecimal(f.cost)),
      sharePct: percent(toDecimal(f.cost), estimatedLambda),
    })),
  }
}

function sumWhere<T extends { cost: string }>(rows: T[], predicate: (row: T) => boolean): Decimal {
  return rows.filter(predicate).reduce((acc, row) => acc.plus(toDecimal(row.cost)), ZERO)
}

function percent(part: Decimal, whole: Decimal): number | null {
  return whole.isZero() ? null : part.div(whole).times(100).toDecimalPlaces(1).toNumber()
}
