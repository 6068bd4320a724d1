// The keep-warm budgets route's URL (`/budgets`, `GET /api/budgets`): the month the budgets are judged for.
import { budgetsQuery } from '@/lib/schemas/budgets-query'
import { defineSearchParams } from './define-search-params'

export const budgetsSearch = defineSearchParams(budgetsQuery)
