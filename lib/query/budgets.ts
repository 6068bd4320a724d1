import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { BudgetsResponse, createBudgetBody, updateBudgetBody } from '@/lib/schemas/budgets'
import type { BudgetDto } from '@/lib/schemas/functions'
import { budgetsSearch } from '@/lib/search-params/budgets'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

// What the route's search-params module read from the URL (server and client alike, so their query keys match).
export type BudgetListParams = z.output<typeof budgetsSearch.schema>

export const budgetQueries = {
  list: (params: BudgetListParams) =>
    queryOptions({
      queryKey: [...queryRoots.budgets, 'list', params] as const,
      queryFn: () => fetchJson<BudgetsResponse>(`/api/budgets${budgetsSearch.search(params)}`),
    }),
}

// A budget changes the budgets page, its function's keep-warm panel and the budget-overrun anomalies.
const invalidates = [queryRoots.budgets, queryRoots.functions, queryRoots.anomalies]

export const budgetWrites = {
  create: defineWrite<z.input<typeof createBudgetBody>, BudgetDto>({
    operation: 'POST /api/budgets',
    permission: 'keep-warm-budgets:write',
    request: (budget) => ({ json: budget }),
    invalidates,
  }),
  update: defineWrite<{ functionId: number; terms: z.input<typeof updateBudgetBody> }, BudgetDto>({
    operation: 'PUT /api/budgets/{functionId}',
    permission: 'keep-warm-budgets:write',
    request: ({ functionId, terms }) => ({ params: { functionId }, json: terms }),
    invalidates,
  }),
  remove: defineWrite<{ functionId: number }, null>({
    operation: 'DELETE /api/budgets/{functionId}',
    permission: 'keep-warm-budgets:write',
    request: ({ functionId }) => ({ params: { functionId } }),
    invalidates,
  }),
}
