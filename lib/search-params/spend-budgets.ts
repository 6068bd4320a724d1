// `GET /api/budgets/spend`, `/api/exports/budgets.csv` and the Spend budgets page's URL: the month.
import { spendBudgetsQuery } from '@/lib/schemas/spend-budgets-query'
import { defineSearchParams } from './define-search-params'

export const spendBudgetsSearch = defineSearchParams(spendBudgetsQuery)
