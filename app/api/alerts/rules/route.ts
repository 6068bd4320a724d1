import { createAlertRuleBody } from '@/lib/schemas/alerts'
import { createAlertRule, listAlertRules } from '@/lib/server/alerts/alert-rules'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// GET /api/alerts/rules – the rules, webhook URLs masked.
export const GET = route({ permission: 'read' }, async () => Response.json({ rules: await listAlertRules(db()) }))

// POST /api/alerts/rules – create a rule.
export const POST = route({ permission: 'alert-rules:write', body: createAlertRuleBody }, async ({ body }) =>
  Response.json(await createAlertRule(db(), body, targetPolicy()), { status: 201 }),
)
