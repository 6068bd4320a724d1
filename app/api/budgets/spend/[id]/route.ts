import { spendBudgetBody, spendBudgetParams } from '@/lib/schemas/spend-budgets'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { deleteSpendBudget, updateSpendBudget } from '@/lib/server/spend-budgets/save-spend-budget'

export const dynamic = 'force-dynamic'

// PUT /api/budgets/spend/{id} – change a spend budget's scope or amount.
export const PUT = route(
  { permission: 'spend-budgets:write', params: spendBudgetParams, body: spendBudgetBody },
  async ({ params, body }) => Response.json(await updateSpendBudget(db(), params.id, body)),
)

// DELETE /api/budgets/spend/{id} – remove it.
export const DELETE = route({ permission: 'spend-budgets:write', params: spendBudgetParams }, async ({ params }) => {
  await deleteSpendBudget(db(), params.id)
  return new Response(null, { status: 204 })
})
