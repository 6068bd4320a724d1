// Acknowledge ("seen, someone is on it"), mute ("expected, stop telling me") or reopen an anomaly, recording
// who and why. Re-detection keeps this decision (it upserts only the detected fields).
import 'server-only'
import type { AnomalyDto } from '@/lib/schemas/anomalies'
import type { Db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import { anomaliesByIds } from '@/lib/server/queries/list-anomalies'

export async function setAnomalyStatus(db: Db, id: number, change: { status: AnomalyDto['status']; by: string; reason: string }, now = new Date()): Promise<AnomalyDto> {
  const updated = await db.anomaly.updateMany({
    where: { id },
    data: { status: change.status, statusBy: change.by, statusReason: change.reason || null, statusAt: now },
  })
  if (updated.count === 0) throw notFound(`Anomaly ${id}`)
  return (await anomaliesByIds(db, [id]))[0]!
}
