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

/**
 * Over once actual exceeds the budget; forecast over while the month-end forecast exceeds it; on track otherwise.
 * A finished month has no forecast beyond its actual: pass the actual.
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
  const forecastOver = forecast !== null && forecast.greaterThan(budget)
  if (forecastOver || actual.greaterThan(budget)) reached.push('forecast-over')
  if (actual.greaterThanOrEqualTo(budget.times('0.8'))) reached.push('actual-80')
  if (actual.greaterThanOrEqualTo(budget)) reached.push('actual-100')
  const status: SpendBudgetStatus = actual.greaterThan(budget) ? 'over' : forecastOver ? 'forecast-over' : 'on-track'
  return { budgetUsd: budget, status, usedShare: share(actual), forecastShare: share(forecast), reached }
}

/** The events to send now: reached this month and not sent before for this budget and month. */
export function eventsToSend(judgement: BudgetJudgement, alreadySent: ReadonlySet<BudgetEvent>): BudgetEvent[] {
  return judgement.reached.filter((event) => !alreadySent.has(event))
}
