import { db } from '@/lib/server/db/prisma'
import { budgetsCsvChunks, budgetsCsvFileName } from '@/lib/server/exports/budgets-csv'
import { csvResponse } from '@/lib/server/http/csv-response'
import { route } from '@/lib/server/http/route'
import { getSpendBudgets } from '@/lib/server/queries/get-spend-budgets'
import { spendBudgetsSearch } from '@/lib/search-params/spend-budgets'

export const dynamic = 'force-dynamic'

// GET /api/exports/budgets.csv?month=YYYY-MM – budget vs actual for finance, one row per spend budget.
export const GET = route({ permission: 'export', query: spendBudgetsSearch }, async ({ request, query }) => {
  const budgets = await getSpendBudgets(db(), query)
  return csvResponse(budgetsCsvFileName(budgets.month), budgetsCsvChunks(budgets), request.signal)
})
