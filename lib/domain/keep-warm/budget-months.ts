// A keep-warm budget month by month: any month (not only the one in progress) against what its pings cost, with a
// verdict, so a function that ran far over budget all last month does not read "within" because a new month began.
import { type IsoDay, type IsoMonth, eachMonth, firstDayOf, lastDayOf, monthOf } from '@/lib/domain/calendar'
import type { Decimal } from '@/lib/domain/money'
import { type ActualDay, type MonthToDate, monthToDate } from './budget-vs-actual'

/** Over or under by more than this share of the budget (10 %); anything closer is within. */
export const BUDGET_TOLERANCE = 0.1

export type BudgetStatus = 'over' | 'within' | 'under'

export type BudgetMonth = MonthToDate & {
  /** The data covers the whole month: its actual is final, not a projection. */
  complete: boolean
  /** The month's actual (complete) or projection (in progress) against its budget. */
  status: BudgetStatus
  /** Actual (or projected) over budget, to one decimal: 27.3 for 27.3×; null for a budget of nothing. */
  timesBudget: number | null
  /** Actual (or projected) minus the month's budget: negative is under. */
  varianceUsd: Decimal
}

export function budgetStatus(actual: Decimal, budget: Decimal): BudgetStatus {
  if (budget.isZero()) return actual.isZero() ? 'within' : 'over'
  if (actual.gt(budget.times(1 + BUDGET_TOLERANCE))) return 'over'
  if (actual.lt(budget.times(1 - BUDGET_TOLERANCE))) return 'under'
  return 'within'
}

/**
 * `month` against its budget with the data through `through`: a month that ended by then is complete (its actual
 * is final), the month of `through` is in progress (projected to its end), a later month has no result (null).
 */
export function budgetMonth(input: {
  month: IsoMonth
  through: IsoDay
  expectedPerDayUsd: Decimal
  actual: readonly ActualDay[]
}): BudgetMonth | null {
  if (input.through < firstDayOf(input.month)) return null
  const end = input.through < lastDayOf(input.month) ? input.through : lastDayOf(input.month)
  const result = monthToDate({ through: end, expectedPerDayUsd: input.expectedPerDayUsd, actual: input.actual })
  return {
    ...result,
    complete: end === lastDayOf(input.month),
    status: budgetStatus(result.projectedUsd, result.expectedUsd),
    timesBudget: result.expectedUsd.isZero()
      ? null
      : result.projectedUsd.div(result.expectedUsd).toDecimalPlaces(1).toNumber(),
    varianceUsd: result.projectedUsd.minus(result.expectedUsd),
  }
}

/** Each month from `first` to the month of `through`, newest first. */
export function budgetHistory(input: {
  first: IsoMonth
  through: IsoDay
  expectedPerDayUsd: Decimal
  actual: readonly ActualDay[]
}): BudgetMonth[] {
  return eachMonth(input.first, monthOf(input.through))
    .reverse()
    .flatMap((month) => budgetMonth({ ...input, month }) ?? [])
}
