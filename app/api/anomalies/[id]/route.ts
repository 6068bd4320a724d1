import { anomalyIdParams, anomalyStatusBody } from '@/lib/schemas/anomalies'
import { callerLabel } from '@/lib/server/auth/caller'
import { setAnomalyStatus } from '@/lib/server/incidents/set-incident-status'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getAnomaly } from '@/lib/server/queries/get-anomaly'

export const dynamic = 'force-dynamic'

// GET /api/anomalies/{id} – one anomaly with the daily series around it.
export const GET = route({ permission: 'read', params: anomalyIdParams }, async ({ params }) =>
  Response.json(await getAnomaly(db(), params.id)),
)

// PATCH /api/anomalies/{id} – { status, reason }: acknowledge, mute or reopen its incident, as the signed-in caller.
export const PATCH = route(
  { permission: 'anomalies:triage', params: anomalyIdParams, body: anomalyStatusBody },
  async ({ caller, params, body }) =>
    Response.json(await setAnomalyStatus(db(), params.id, { ...body, by: callerLabel(caller) })),
)
