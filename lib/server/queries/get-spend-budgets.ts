// GET /api/budgets/spend: every spend budget against a month, its actual and forecast read from the month-end
// forecast (get-forecast.ts) grouped as the budget's scope is (a team's by the team rules in force), judged by
// lib/domain/budgets. A scope the forecast does not list cost nothing that month.
import 'server-only'
import type { IsoMonth } from '@/lib/domain/calendar'
import { spendBudgetMonth } from '@/lib/domain/budgets/spend-budget-month'
import { type Decimal, toAmountString } from '@/lib/domain/money'
import type { ForecastResponse } from '@/lib/schemas/forecast'
import type { ForecastGroupBy } from '@/lib/schemas/forecast-query'
import type { SpendBudgetDto, SpendBudgetScopeKind, SpendBudgetsResponse } from '@/lib/schemas/spend-budgets'
import type { Db } from '@/lib/server/db/prisma'
import { listSpendBudgets } from '@/lib/server/stored/spend-budgets'
import { loadMonthRates } from '@/lib/server/stored/fx-rates'
import { getForecast } from './get-forecast'

const GROUP_BY: Record<SpendBudgetScopeKind, ForecastGroupBy> = {
  total: 'none',
  team: 'team',
  account: 'account',
  service: 'service',
}

const text = (value: Decimal | null) => (value === null ? null : toAmountString(value))

export async function getSpendBudgets(db: Db, query: { month?: IsoMonth }): Promise<SpendBudgetsResponse> {
  const total = await getForecast(db, { month: query.month, groupBy: 'none' })
  const month = total.month
  const budgets = await listSpendBudgets(db)
  const kinds = [...new Set(budgets.map((budget) => budget.scope.kind))].filter((kind) => kind !== 'total')
  const forecasts = new Map<SpendBudgetScopeKind, ForecastResponse>([['total', total]])
  // Each kind forecast for its budgets' own scopes, so a small one is forecast, not left out of a top list.
  await Promise.all(
    kinds.map(async (kind) => {
      const keys = budgets.filter((budget) => budget.scope.kind === kind).map((budget) => budget.scope.key)
      forecasts.set(kind, await getForecast(db, { month, groupBy: GROUP_BY[kind], keys }))
    }),
  )
  const rate = (await loadMonthRates(db, [month])).get(month)?.krwPerUsd ?? null

  return {
    month,
    asOf: total.asOf,
    method: total.method,
    budgets: budgets.map((budget): SpendBudgetDto => {
      const group = forecasts.get(budget.scope.kind)!.groups.find((candidate) => candidate.key === budget.scope.key)
      const line = spendBudgetMonth(budget.amount, month, rate, group?.actualToDate ?? '0', group?.forecast ?? '0')
      return {
        id: budget.id,
        scope: budget.scope,
        monthlyUsd: budget.amount.currency === 'USD' ? budget.amount.amount : null,
        monthlyKrw: budget.amount.currency === 'KRW' ? budget.amount.amount : null,
        budgetUsd: text(line.budgetUsd),
        actual: toAmountString(line.actualUsd),
        forecast: toAmountString(line.forecastUsd),
        status: line.status,
        usedShare: text(line.usedShare),
        forecastShare: text(line.forecastShare),
        krw: line.krw && {
          krwPerUsd: line.krw.krwPerUsd,
          budget: toAmountString(line.krw.budget),
          actual: toAmountString(line.krw.actual),
          forecast: toAmountString(line.krw.forecast),
        },
      }
    }),
  }
}
