import { createBudgetBody } from '@/lib/schemas/budgets'
import { createBudget } from '@/lib/server/budgets/save-budget'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { loadBudgets, loadSuggestions } from '@/lib/server/queries/keep-warm-budgets'

export const dynamic = 'force-dynamic'

// GET /api/budgets – every keep-warm budget and the suggested ones.
export const GET = route({ permission: 'read' }, async () => {
  const [budgets, suggestions] = await Promise.all([loadBudgets(db()), loadSuggestions(db())])
  return Response.json({ budgets, suggestions })
})

// POST /api/budgets – create a function's budget.
export const POST = route({ permission: 'keep-warm-budgets:write', body: createBudgetBody }, async ({ body }) => Response.json(await createBudget(db(), body), { status: 201 }))
