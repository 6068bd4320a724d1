import { createAlertRuleBody } from '@/lib/schemas/alerts'
import { createAlertRule, listAlertRules } from '@/lib/server/alerts/alert-rules'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseJsonBody } from '@/lib/server/http/parse-request'

export const dynamic = 'force-dynamic'

// GET /api/alerts/rules – the rules, webhook URLs masked.
export const GET = handle(async () => Response.json({ rules: await listAlertRules(db()) }))

// POST /api/alerts/rules – create a rule.
export const POST = handle(async (request) => Response.json(await createAlertRule(db(), await parseJsonBody(request, createAlertRuleBody), targetPolicy()), { status: 201 }))
