// One spend budget against one month, as the Budgets page, the API and finance's CSV show it: the budget in USD,
// the month's actual and forecast, the status, and the same figures in won when the month has a recorded rate.
// A budget set in won for a month without a rate has no USD figure and no status: it says so (`no-rate`) rather
// than guess a rate.
import { usdToKrw } from '../fx/krw'
import { type Decimal, type DecimalInput, toDecimal } from '../money'
import { type BudgetAmount, budgetInUsd, judgeBudget, type SpendBudgetStatus } from './spend-budget'

export type SpendBudgetMonth = {
  budgetUsd: Decimal | null
  actualUsd: Decimal
  forecastUsd: Decimal
  status: SpendBudgetStatus | 'no-rate'
  usedShare: Decimal | null
  forecastShare: Decimal | null
  /** Budget, actual and forecast in won at the month's rate; null without a rate. */
  krw: { krwPerUsd: string; budget: Decimal; actual: Decimal; forecast: Decimal } | null
}

export function spendBudgetMonth(
  budget: BudgetAmount,
  month: string,
  krwPerUsd: string | null,
  actualUsd: DecimalInput,
  forecastUsd: DecimalInput,
): SpendBudgetMonth {
  const actual = toDecimal(actualUsd)
  const forecast = toDecimal(forecastUsd)
  const krw =
    krwPerUsd === null
      ? null
      : { krwPerUsd, actual: usdToKrw(actual, krwPerUsd), forecast: usdToKrw(forecast, krwPerUsd) }
  if (budget.currency === 'KRW' && krwPerUsd === null) {
    return {
      budgetUsd: null,
      actualUsd: actual,
      forecastUsd: forecast,
      status: 'no-rate',
      usedShare: null,
      forecastShare: null,
      krw: null,
    }
  }
  const budgetUsd = budgetInUsd(budget, month, krwPerUsd)
  const judgement = judgeBudget(budgetUsd, actual, forecast)
  return {
    budgetUsd,
    actualUsd: actual,
    forecastUsd: forecast,
    status: judgement.status,
    usedShare: judgement.usedShare,
    forecastShare: judgement.forecastShare,
    // A won budget keeps its own won (not a round trip through USD).
    krw: krw && {
      ...krw,
      budget: budget.currency === 'KRW' ? toDecimal(budget.amount) : usdToKrw(budgetUsd, krw.krwPerUsd),
    },
  }
}
