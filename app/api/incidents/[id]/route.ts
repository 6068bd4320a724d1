import { anomalyStatusBody } from '@/lib/schemas/anomalies'
import { callerLabel } from '@/lib/server/auth/caller'
import { incidentIdParams } from '@/lib/schemas/incidents'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { setIncidentStatus } from '@/lib/server/incidents/set-incident-status'

export const dynamic = 'force-dynamic'

// PATCH /api/incidents/{id} – { status, reason }: acknowledge, mute or reopen the whole incident, as the signed-in caller.
export const PATCH = route(
  { permission: 'anomalies:triage', params: incidentIdParams, body: anomalyStatusBody },
  async ({ caller, params, body }) =>
    Response.json(await setIncidentStatus(db(), params.id, { ...body, by: callerLabel(caller) })),
)
