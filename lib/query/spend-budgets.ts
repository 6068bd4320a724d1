import { queryOptions } from '@tanstack/react-query'
import type { SpendBudgetBody, SpendBudgetDto, SpendBudgetsResponse } from '@/lib/schemas/spend-budgets'
import { spendBudgetsSearch } from '@/lib/search-params/spend-budgets'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const spendBudgetQueries = {
  month: (month: string | undefined) =>
    queryOptions({
      queryKey: [...queryRoots.spendBudgets, { month: month ?? null }] as const,
      queryFn: () => fetchJson<SpendBudgetsResponse>(`/api/budgets/spend${spendBudgetsSearch.search({ month })}`),
    }),
}

const invalidates = [queryRoots.spendBudgets]

export const spendBudgetWrites = {
  create: defineWrite<SpendBudgetBody, SpendBudgetDto>({
    operation: 'POST /api/budgets/spend',
    permission: 'spend-budgets:write',
    request: (budget) => ({ json: budget }),
    invalidates,
  }),
  update: defineWrite<{ id: number; budget: SpendBudgetBody }, SpendBudgetDto>({
    operation: 'PUT /api/budgets/spend/{id}',
    permission: 'spend-budgets:write',
    request: ({ id, budget }) => ({ params: { id }, json: budget }),
    invalidates,
  }),
  remove: defineWrite<{ id: number }, null>({
    operation: 'DELETE /api/budgets/spend/{id}',
    permission: 'spend-budgets:write',
    request: ({ id }) => ({ params: { id } }),
    invalidates,
  }),
}

/** The browser's link to a month's budget-vs-actual CSV. */
export function budgetsCsvHref(month: string): string {
  return `/api/exports/budgets.csv${spendBudgetsSearch.search({ month })}`
}
