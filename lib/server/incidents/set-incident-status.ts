// Acknowledge ("seen, someone is on it"), mute ("expected, stop telling me") or reopen an incident, recording who
// and why: one decision for the whole story, root cause and symptoms alike. Re-detection keeps it (incidents are
// continued, not recreated: lib/domain/incidents/assign-incident-ids.ts). Changing an anomaly's status changes
// its incident's.
import 'server-only'
import type { AnomalyDto } from '@/lib/schemas/anomalies'
import type { IncidentDto } from '@/lib/schemas/incidents'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import { anomaliesByIds } from '@/lib/server/queries/list-anomalies'
import { incidentsByIds } from '@/lib/server/queries/list-incidents'

export type StatusChange = { status: IncidentDto['status']; by: string; reason: string }

export async function setIncidentStatus(
  db: Db,
  id: number,
  change: StatusChange,
  now = clock.now(),
): Promise<IncidentDto> {
  const updated = await db.incident.updateMany({
    where: { id },
    data: { status: change.status, statusBy: change.by, statusReason: change.reason || null, statusAt: now },
  })
  if (updated.count === 0) throw notFound(`Incident ${id}`)
  return (await incidentsByIds(db, [id]))[0]!
}

export async function setAnomalyStatus(
  db: Db,
  id: number,
  change: StatusChange,
  now = clock.now(),
): Promise<AnomalyDto> {
  const anomaly = await db.anomaly.findUnique({ where: { id }, select: { incidentId: true } })
  if (!anomaly || anomaly.incidentId === null) throw notFound(`Anomaly ${id}`)
  await setIncidentStatus(db, anomaly.incidentId, change, now)
  return (await anomaliesByIds(db, [id]))[0]!
}
