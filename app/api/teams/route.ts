import { teamSettings } from '@/lib/schemas/teams'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { recordSpendBudgetAlerts } from '@/lib/server/spend-budgets/record-budget-alerts'
import { readTeamSettings, writeTeamSettings } from '@/lib/server/stored/team-settings'

export const dynamic = 'force-dynamic'

// GET /api/teams – the team rules in force.
export const GET = route({ permission: 'read' }, async () => Response.json(await readTeamSettings(db())))

// PUT /api/teams – replace them (checked as a whole: a rule at fault is named).
// A team's spend budget follows the rules: new rules may reach one of its alerts.
export const PUT = route({ permission: 'teams:write', body: teamSettings }, async ({ body }) => {
  const saved = await writeTeamSettings(db(), body)
  await recordSpendBudgetAlerts(db())
  return Response.json(saved)
})
