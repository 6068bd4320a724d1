import { anomalyStatusBody } from '@/lib/schemas/anomalies'
import { incidentIdParams } from '@/lib/schemas/incidents'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { setIncidentStatus } from '@/lib/server/incidents/set-incident-status'

export const dynamic = 'force-dynamic'

// PATCH /api/incidents/{id} – { status, by, reason }: acknowledge, mute or reopen the whole incident.
export const PATCH = route({ permission: 'anomalies:triage', params: incidentIdParams, body: anomalyStatusBody }, async ({ params, body }) => Response.json(await setIncidentStatus(db(), params.id, body)))
