import { budgetParams, updateBudgetBody } from '@/lib/schemas/budgets'
import { deleteBudget, updateBudget } from '@/lib/server/budgets/save-budget'
import { db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import { route } from '@/lib/server/http/route'
import { loadBudgets } from '@/lib/server/queries/keep-warm-budgets'

export const dynamic = 'force-dynamic'

// GET /api/budgets/{functionId}
export const GET = route({ permission: 'read', params: budgetParams }, async ({ params: { functionId } }) => {
  const [budget] = await loadBudgets(db(), [functionId])
  if (!budget) throw notFound(`The keep-warm budget of function ${functionId}`)
  return Response.json(budget)
})

// PUT /api/budgets/{functionId} – change the budget's terms.
export const PUT = route(
  { permission: 'keep-warm-budgets:write', params: budgetParams, body: updateBudgetBody },
  async ({ params, body }) => Response.json(await updateBudget(db(), params.functionId, body)),
)

// DELETE /api/budgets/{functionId}
export const DELETE = route({ permission: 'keep-warm-budgets:write', params: budgetParams }, async ({ params }) => {
  await deleteBudget(db(), params.functionId)
  return new Response(null, { status: 204 })
})
