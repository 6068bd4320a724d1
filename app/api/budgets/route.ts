import { createBudgetBody } from '@/lib/schemas/budgets'
import { createBudget } from '@/lib/server/budgets/save-budget'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getBudgets } from '@/lib/server/queries/keep-warm-budgets'
import { budgetsSearch } from '@/lib/search-params/budgets'

export const dynamic = 'force-dynamic'

// GET /api/budgets?month=YYYY-MM – every keep-warm budget judged for the month (and the month before), and the suggested ones.
export const GET = route({ permission: 'read', query: budgetsSearch }, async ({ query }) =>
  Response.json(await getBudgets(db(), query)),
)

// POST /api/budgets – create a function's budget.
export const POST = route({ permission: 'keep-warm-budgets:write', body: createBudgetBody }, async ({ body }) =>
  Response.json(await createBudget(db(), body), { status: 201 }),
)
