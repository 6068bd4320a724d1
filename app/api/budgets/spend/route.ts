import { spendBudgetBody } from '@/lib/schemas/spend-budgets'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getSpendBudgets } from '@/lib/server/queries/get-spend-budgets'
import { createSpendBudget } from '@/lib/server/spend-budgets/save-spend-budget'
import { spendBudgetsSearch } from '@/lib/search-params/spend-budgets'

export const dynamic = 'force-dynamic'

// GET /api/budgets/spend?month=YYYY-MM – every spend budget with the month's actual, forecast and status.
export const GET = route({ permission: 'read', query: spendBudgetsSearch }, async ({ query }) =>
  Response.json(await getSpendBudgets(db(), query)),
)

// POST /api/budgets/spend – set a scope's monthly budget (409 when the scope has one).
export const POST = route({ permission: 'spend-budgets:write', body: spendBudgetBody }, async ({ body }) =>
  Response.json(await createSpendBudget(db(), body), { status: 201 }),
)
