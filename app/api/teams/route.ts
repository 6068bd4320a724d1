import { teamSettings } from '@/lib/schemas/teams'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { readTeamSettings, writeTeamSettings } from '@/lib/server/stored/team-settings'

export const dynamic = 'force-dynamic'

// GET /api/teams – the team rules in force.
export const GET = route({ permission: 'read' }, async () => Response.json(await readTeamSettings(db())))

// PUT /api/teams – replace them (checked as a whole: a rule at fault is named).
export const PUT = route({ permission: 'teams:write', body: teamSettings }, async ({ body }) =>
  Response.json(await writeTeamSettings(db(), body)),
)
