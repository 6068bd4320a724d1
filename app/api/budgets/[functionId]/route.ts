import { budgetParams, updateBudgetBody } from '@/lib/schemas/budgets'
import { deleteBudget, updateBudget } from '@/lib/server/budgets/save-budget'
import { db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import { handle } from '@/lib/server/http/handle'
import { parseJsonBody } from '@/lib/server/http/parse-request'
import { loadBudgets } from '@/lib/server/queries/keep-warm-budgets'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ functionId: string }> }

// GET /api/budgets/{functionId}
export const GET = handle<Context>(async (_request, context) => {
  const { functionId } = budgetParams.parse(await context.params)
  const [budget] = await loadBudgets(db(), [functionId])
  if (!budget) throw notFound(`The keep-warm budget of function ${functionId}`)
  return Response.json(budget)
})

// PUT /api/budgets/{functionId} – change the budget's terms.
export const PUT = handle<Context>(async (request, context) => {
  const { functionId } = budgetParams.parse(await context.params)
  return Response.json(await updateBudget(db(), functionId, await parseJsonBody(request, updateBudgetBody)))
})

// DELETE /api/budgets/{functionId}
export const DELETE = handle<Context>(async (_request, context) => {
  const { functionId } = budgetParams.parse(await context.params)
  await deleteBudget(db(), functionId)
  return new Response(null, { status: 204 })
})
