import { alertRuleParams } from '@/lib/schemas/alerts'
import { testAlertRule } from '@/lib/server/alerts/alert-rules'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'

export const dynamic = 'force-dynamic'

// POST /api/alerts/rules/{id}/test – send a test message to the rule's webhook: delivered, or a failure category.
export const POST = handle<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const { id } = alertRuleParams.parse(await context.params)
  return Response.json(await testAlertRule(db(), id, targetPolicy()))
})
