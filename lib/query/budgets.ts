import { queryOptions } from '@tanstack/react-query'
import type { BudgetsResponse } from '@/lib/schemas/budgets'
import { fetchJson } from './fetch-json'

export const budgetQueries = {
  all: () => queryOptions({ queryKey: ['budgets'] as const, queryFn: () => fetchJson<BudgetsResponse>('/api/budgets') }),
}
