import { alertRuleParams, updateAlertRuleBody } from '@/lib/schemas/alerts'
import { deleteAlertRule, updateAlertRule } from '@/lib/server/alerts/alert-rules'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseJsonBody } from '@/lib/server/http/parse-request'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ id: string }> }

// PUT /api/alerts/rules/{id} – change a rule (omit webhookUrl to keep it).
export const PUT = handle<Context>(async (request, context) => {
  const { id } = alertRuleParams.parse(await context.params)
  return Response.json(await updateAlertRule(db(), id, await parseJsonBody(request, updateAlertRuleBody), targetPolicy()))
})

// DELETE /api/alerts/rules/{id}
export const DELETE = handle<Context>(async (_request, context) => {
  const { id } = alertRuleParams.parse(await context.params)
  await deleteAlertRule(db(), id)
  return new Response(null, { status: 204 })
})
