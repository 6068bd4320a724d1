// A monthly spend budget (the total, a team, an account or a service) against what the month has cost and where
// it will end. Not to be confused with a keep-warm budget (lib/domain/keep-warm), which bounds one function's
// warming pings. A budget set in won is judged in USD at the month's recorded rate, so the status never depends
// on a rate nobody recorded.
import { krwToUsd } from '../fx/krw'
import { MissingFxRateError } from '../fx/month-rates'
import { Decimal, type DecimalInput, toDecimal } from '../money'

export type BudgetAmount = { currency: 'USD'; amount: string } | { currency: 'KRW'; amount: string }

export type SpendBudgetStatus = 'on-track' | 'forecast-over' | 'over'

/** The alerts a budget sends, each at most once per budget and month. */
export type BudgetEvent = 'forecast-over' | 'actual-80' | 'actual-100'

export type BudgetJudgement = {
  budgetUsd: Decimal
  status: SpendBudgetStatus
  /** Actual ÷ budget (1 = the whole budget); null for a budget of zero. */
  usedShare: Decimal | null
  /** Forecast ÷ budget; null for a budget of zero or without a forecast. */
  forecastShare: Decimal | null
  /** Events the month has reached so far, in the order they are reached. */
  reached: BudgetEvent[]
}

/** The budget in USD: as set, or won ÷ the month's recorded rate (exactly; rounded only on display). */
export function budgetInUsd(budget: BudgetAmount, month: string, krwPerUsd: string | null): Decimal {
  if (budget.currency === 'USD') return toDecimal(budget.amount)
  if (krwPerUsd === null) throw new MissingFxRateError([month])
  return krwToUsd(budget.amount, krwPerUsd)
}

/** Actual's share of the budget at which each actual event is reached. */
const ACTUAL_THRESHOLDS = [
  ['actual-80', '0.8'],
  ['actual-100', '1'],
] as const satisfies readonly (readonly [BudgetEvent, string])[]

/**
 * One judgement for the status a page shows and the alerts sent, so they never disagree: actual reaches a share of
 * the budget once it is at least that share (and something was spent: a zero budget with nothing spent is not used
 * up); the forecast is over while it exceeds the budget. The status is the furthest event reached: over (the
 * budget used up, 100% reached), else forecast over, else on track. Each event is what is true of its own figure:
 * actual past the budget is actual-100, not a forecast event. A finished month has no forecast beyond its actual:
 * pass the actual.
 */
export function judgeBudget(
  budgetUsd: DecimalInput,
  actualUsd: DecimalInput,
  forecastUsd: DecimalInput | null,
): BudgetJudgement {
  const budget = toDecimal(budgetUsd)
  const actual = toDecimal(actualUsd)
  const forecast = forecastUsd === null ? null : toDecimal(forecastUsd)
  const share = (value: Decimal | null) => (value === null || budget.isZero() ? null : value.dividedBy(budget))
  const reached: BudgetEvent[] = []
  if (forecast !== null && forecast.greaterThan(budget)) reached.push('forecast-over')
  for (const [event, threshold] of ACTUAL_THRESHOLDS) {
    if (actual.greaterThan(0) && actual.greaterThanOrEqualTo(budget.times(threshold))) reached.push(event)
  }
  const status: SpendBudgetStatus = reached.includes('actual-100')
    ? 'over'
    : reached.includes('forecast-over')
      ? 'forecast-over'
      : 'on-track'
  return { budgetUsd: budget, status, usedShare: share(actual), forecastShare: share(forecast), reached }
}

/** The events to send now: reached this month and not sent before for this budget and month. */
export function eventsToSend(judgement: BudgetJudgement, alreadySent: ReadonlySet<BudgetEvent>): BudgetEvent[] {
  return judgement.reached.filter((event) => !alreadySent.has(event))
}
