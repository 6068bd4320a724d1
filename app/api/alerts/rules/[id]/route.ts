import { alertRuleParams, updateAlertRuleBody } from '@/lib/schemas/alerts'
import { deleteAlertRule, updateAlertRule } from '@/lib/server/alerts/alert-rules'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// PUT /api/alerts/rules/{id} – change a rule (omit webhookUrl to keep it).
export const PUT = route(
  { permission: 'alert-rules:write', params: alertRuleParams, body: updateAlertRuleBody },
  async ({ params, body }) => Response.json(await updateAlertRule(db(), params.id, body, targetPolicy())),
)

// DELETE /api/alerts/rules/{id}
export const DELETE = route({ permission: 'alert-rules:write', params: alertRuleParams }, async ({ params }) => {
  await deleteAlertRule(db(), params.id)
  return new Response(null, { status: 204 })
})
