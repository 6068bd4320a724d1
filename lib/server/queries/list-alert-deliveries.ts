import 'server-only'
import type { DeliveryDto } from '@/lib/schemas/alerts'
import type { Db } from '@/lib/server/db/prisma'
import { incidentsByIds } from './list-incidents'

const LIMIT = 200

/** The delivery log, newest first: incidents (named by their root cause), failed ingestion runs, spend budget alerts, schedule alerts and test messages. */
export async function listAlertDeliveries(db: Db): Promise<DeliveryDto[]> {
  const rows = await db.$queryRawUnsafe<
    {
      id: number
      rule_id: number
      rule_name: string
      is_test: boolean
      incident_id: number | null
      ingestion_run_id: string | null
      run_window: string | null
      spend_budget_alert_id: number | null
      budget_alert: string | null
      schedule_alert_id: number | null
      schedule_alert: string | null
      status: string
      attempts: number
      next_attempt_at: Date | null
      last_attempt_at: Date | null
      last_status: number | null
      last_error: string | null
      delivered_at: Date | null
      created_at: Date
    }[]
  >(
    `SELECT d.id, d.rule_id, r.name AS rule_name, d.is_test, d.incident_id, d.ingestion_run_id::text,
            to_char(i.window_from, 'YYYY-MM-DD') || ' to ' || to_char(i.window_to, 'YYYY-MM-DD') AS run_window, d.spend_budget_alert_id,
            CASE WHEN b.scope_kind = 'total' THEN 'the total' ELSE b.scope_kind || ' ' || b.scope_key END || ', ' || to_char(ba.month, 'YYYY-MM') || ': ' || ba.event AS budget_alert,
            d.schedule_alert_id, s.name || ': ' || sa.kind || CASE WHEN sa.group_name = '' THEN '' ELSE ' (' || sa.group_name || ')' END AS schedule_alert,
            d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at
     FROM alert_delivery d JOIN alert_rule r ON r.id = d.rule_id LEFT JOIN ingestion_run i ON i.id = d.ingestion_run_id
       LEFT JOIN spend_budget_alert ba ON ba.id = d.spend_budget_alert_id LEFT JOIN spend_budget b ON b.id = ba.budget_id
       LEFT JOIN schedule_alert sa ON sa.id = d.schedule_alert_id LEFT JOIN schedule s ON s.id = sa.schedule_id
     ORDER BY coalesce(d.last_attempt_at, d.created_at) DESC, d.id DESC LIMIT ${LIMIT}`,
  )
  const incidents = new Map(
    (
      await incidentsByIds(db, [...new Set(rows.flatMap((row) => (row.incident_id === null ? [] : [row.incident_id])))])
    ).map((incident) => [incident.id, incident]),
  )
  const iso = (value: Date | null) => value?.toISOString() ?? null
  return rows.map((row) => {
    const root = row.incident_id === null ? undefined : incidents.get(row.incident_id)?.root
    return {
      id: row.id,
      ruleId: row.rule_id,
      ruleName: row.rule_name,
      about: row.is_test
        ? 'test'
        : row.ingestion_run_id
          ? 'ingestion_run'
          : row.spend_budget_alert_id !== null
            ? 'spend_budget'
            : row.schedule_alert_id !== null
              ? 'schedule'
              : 'incident',
      incidentId: row.incident_id,
      incidentKind: root?.kind ?? null,
      ingestionRunId: row.ingestion_run_id,
      spendBudgetAlertId: row.spend_budget_alert_id,
      scheduleAlertId: row.schedule_alert_id,
      subject: root
        ? (root.functionName ?? root.usageType ?? root.accountId)
        : row.is_test
          ? 'test message'
          : (row.run_window ?? row.budget_alert ?? row.schedule_alert ?? ''),
      status: row.status as DeliveryDto['status'],
      attempts: row.attempts,
      nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
      lastAttemptAt: iso(row.last_attempt_at),
      lastStatus: row.last_status,
      lastError: row.last_error,
      deliveredAt: iso(row.delivered_at),
      createdAt: row.created_at.toISOString(),
    }
  })
}
