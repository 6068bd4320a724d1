import { alertRuleParams } from '@/lib/schemas/alerts'
import { testAlertRule } from '@/lib/server/alerts/alert-rules'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/alerts/rules/{id}/test – send a test message to the rule's webhook: delivered, or a failure category.
export const POST = route({ permission: 'alert-rules:write', params: alertRuleParams }, async ({ params }) =>
  Response.json(await testAlertRule(db(), params.id, targetPolicy())),
)
