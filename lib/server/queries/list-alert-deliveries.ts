import 'server-only'
import type { AnomalyKind } from '@/lib/domain/anomalies/types'
import type { DeliveryDto } from '@/lib/schemas/alerts'
import type { Db } from '@/lib/server/db/prisma'

const LIMIT = 200

/** The delivery log, newest first: anomalies and failed ingestion runs. */
export async function listAlertDeliveries(db: Db): Promise<DeliveryDto[]> {
  const rows = await db.$queryRawUnsafe<
    { id: number; rule_id: number; rule_name: string; anomaly_id: number | null; kind: string | null; ingestion_run_id: string | null; subject: string; status: string; attempts: number; next_attempt_at: Date | null; last_attempt_at: Date | null; last_status: number | null; last_error: string | null; delivered_at: Date | null; created_at: Date }[]
  >(
    `SELECT d.id, d.rule_id, r.name AS rule_name, d.anomaly_id, a.kind, d.ingestion_run_id::text,
            coalesce(f.name, a.usage_type, a.account_id, to_char(i.window_from, 'YYYY-MM-DD') || ' to ' || to_char(i.window_to, 'YYYY-MM-DD')) AS subject,
            d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at
     FROM alert_delivery d JOIN alert_rule r ON r.id = d.rule_id
       LEFT JOIN anomaly a ON a.id = d.anomaly_id LEFT JOIN lambda_function f ON f.id = a.function_id
       LEFT JOIN ingestion_run i ON i.id = d.ingestion_run_id
     ORDER BY coalesce(d.last_attempt_at, d.created_at) DESC, d.id DESC LIMIT ${LIMIT}`,
  )
  const iso = (value: Date | null) => value?.toISOString() ?? null
  return rows.map((row) => ({
    id: row.id,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    about: row.ingestion_run_id ? 'ingestion_run' : 'anomaly',
    anomalyId: row.anomaly_id,
    anomalyKind: row.kind as AnomalyKind | null,
    ingestionRunId: row.ingestion_run_id,
    subject: row.subject,
    status: row.status as DeliveryDto['status'],
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatus: row.last_status,
    lastError: row.last_error,
    deliveredAt: iso(row.delivered_at),
    createdAt: row.created_at.toISOString(),
  }))
}
