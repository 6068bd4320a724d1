// Schedule alerts at rest (schedule_alert): recorded once per schedule, kind, instant and group by whoever runs the
// schedule, then queued for the alert rules that ask for them and sent like incidents (deliver-pending-alerts.ts).
import 'server-only'
import type { PayloadScheduleAlert, ScheduleAlertKind } from '@/lib/domain/alerts/schedule-payloads'
import { zonedIso } from '@/lib/domain/time-zone/zoned-time'
import type { Db } from '@/lib/server/db/prisma'

export type NewScheduleAlert = {
  scheduleId: number
  kind: ScheduleAlertKind
  at: Date
  /** '' for the whole chain (a stop warning). */
  group: string
  resourceIds: string[]
  message: string
  extendPath?: string | null
  now: Date
}

/** True when this call recorded it; false when it was recorded before (by this or another process). */
export async function recordScheduleAlert(db: Db, alert: NewScheduleAlert): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO schedule_alert (schedule_id, kind, at, group_name, resource_ids, message, extend_path, created_at)
    VALUES (${alert.scheduleId}, ${alert.kind}, ${alert.at}, ${alert.group}, ${alert.resourceIds}::text[], ${alert.message},
            ${alert.extendPath ?? null}, ${alert.now})
    ON CONFLICT (schedule_id, kind, at, group_name) DO NOTHING`
  return inserted === 1
}

type Row = {
  id: number
  kind: ScheduleAlertKind
  at: Date
  group_name: string
  resource_ids: string[]
  message: string
  extend_path: string | null
  schedule_id: number
  name: string
  time_zone: string
}

export async function scheduleAlertsByIds(db: Db, ids: readonly number[]): Promise<PayloadScheduleAlert[]> {
  if (ids.length === 0) return []
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT a.id, a.kind, a.at, a.group_name, a.resource_ids, a.message, a.extend_path, s.id AS schedule_id, s.name,
            s.definition->>'timeZone' AS time_zone
     FROM schedule_alert a JOIN schedule s ON s.id = a.schedule_id WHERE a.id = ANY($1::int4[])`,
    [...new Set(ids)],
  )
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    scheduleId: row.schedule_id,
    scheduleName: row.name,
    at: zonedIso(row.at.getTime(), row.time_zone),
    group: row.group_name || null,
    resourceIds: row.resource_ids,
    message: row.message,
    extendPath: row.extend_path,
  }))
}
