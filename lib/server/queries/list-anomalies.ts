// Anomalies (each an incident's root cause or symptom) for the API, incidents and alert payloads: one shape
// everywhere (AnomalyDto), with the status of the incident they belong to.
import 'server-only'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { dateToDay } from '@/lib/domain/calendar'
import { toAmountString } from '@/lib/domain/money'
import type { AnomaliesResponse, AnomalyDto } from '@/lib/schemas/anomalies'
import type { Db } from '@/lib/server/db/prisma'
import { type AnomalyListFilters, anomalyListQuery } from './anomaly-filters'

type Row = {
  id: number
  kind: string
  function_id: number | null
  function_name: string | null
  account_id: string
  account_name: string
  region: string | null
  service: string | null
  usage_type: string | null
  period_start: Date
  period_end: Date
  severity: string
  impact_usd: string
  exposure_usd: string | null
  explanation: string
  evidence: Record<string, string | number | boolean | null>
  incident_id: number | null
  status: string
  status_by: string | null
  status_reason: string | null
  status_at: Date | null
  detected_at: Date
  incident_detected_at: Date | null
}

/** `i` is the anomaly's incident; one is made for every anomaly by the detection run that stores it. */
export const ANOMALY_SELECT = `SELECT a.id, a.kind, a.function_id, f.name AS function_name, a.account_id, acc.name AS account_name, a.region, a.service, a.usage_type, a.period_start, a.period_end,
  a.severity, a.impact_usd::text AS impact_usd, a.exposure_usd::text AS exposure_usd, a.explanation, a.evidence, a.incident_id,
  coalesce(i.status::text, 'open') AS status, i.status_by, i.status_reason, i.status_at, a.detected_at, i.detected_at AS incident_detected_at
  FROM anomaly a JOIN aws_account acc ON acc.id = a.account_id LEFT JOIN lambda_function f ON f.id = a.function_id LEFT JOIN incident i ON i.id = a.incident_id`

export type AnomalyRow = Row

export function toAnomalyDto(row: Row): AnomalyDto {
  return {
    id: row.id,
    kind: row.kind as AnomalyKind,
    functionId: row.function_id,
    functionName: row.function_name,
    accountId: row.account_id,
    accountName: row.account_name,
    region: row.region,
    service: row.service,
    usageType: row.usage_type,
    periodStart: row.period_start.toISOString(),
    periodEnd: row.period_end.toISOString(),
    firstDay: dateToDay(row.period_start),
    lastDay: dateToDay(new Date(row.period_end.getTime() - 1)),
    severity: row.severity as Severity,
    impactUsd: toAmountString(row.impact_usd),
    exposureUsd: row.exposure_usd === null ? null : toAmountString(row.exposure_usd),
    explanation: row.explanation,
    evidence: row.evidence,
    incidentId: row.incident_id,
    status: row.status as AnomalyDto['status'],
    statusBy: row.status_by,
    statusReason: row.status_reason,
    statusAt: row.status_at?.toISOString() ?? null,
    detectedAt: row.detected_at.toISOString(),
  }
}

export type AnomalyFilters = AnomalyListFilters & { sort?: 'period' | 'impact' }

export async function listAnomalies(db: Db, filters: AnomalyFilters): Promise<AnomaliesResponse> {
  const { from, to, dataThrough, where, params } = await anomalyListQuery(db, filters)
  const order =
    filters.sort === 'impact' ? 'a.impact_usd DESC, a.period_start DESC' : 'a.period_start DESC, a.impact_usd DESC'
  const rows = await db.$queryRawUnsafe<Row[]>(
    `${ANOMALY_SELECT}
     WHERE ${where({
       inRange: (start, end) => `a.period_end > ${start} AND a.period_start < ${end}`,
       kind: (kinds) => `a.kind = ANY(${kinds})`,
       severity: (severities) => `a.severity = ANY(${severities})`,
       accountId: (accountId) => `a.account_id = ${accountId}`,
       functionId: (functionId) => `a.function_id = ${functionId}`,
       status: (status) => `coalesce(i.status::text, 'open') = ${status}`,
     })}
     ORDER BY ${order}, a.id`,
    ...params,
  )
  return { from, to, dataThrough, anomalies: rows.map(toAnomalyDto) }
}

export async function anomaliesByIds(db: Pick<Db, '$queryRawUnsafe'>, ids: number[]): Promise<AnomalyDto[]> {
  if (ids.length === 0) return []
  const rows = await db.$queryRawUnsafe<Row[]>(`${ANOMALY_SELECT} WHERE a.id = ANY($1::int4[]) ORDER BY a.id`, ids)
  return rows.map(toAnomalyDto)
}
