// Incidents for the Anomalies page, GET /api/incidents and alert payloads: the stored grouping, each incident read
// with all its anomalies (also those outside the range) and summarized by lib/domain/incidents (root cause first,
// extra cost counted once, worst severity).
import 'server-only'
import { summarizeIncident } from '@/lib/domain/incidents/group-incidents'
import { toAmountString, toDecimal } from '@/lib/domain/money'
import type { AnomalyDto } from '@/lib/schemas/anomalies'
import type { IncidentDto, IncidentsResponse } from '@/lib/schemas/incidents'
import type { Db } from '@/lib/server/db/prisma'
import { type AnomalyListFilters, anomalyListQuery } from './anomaly-filters'
import { incidentInRange } from './incident-sql'
import { ANOMALY_SELECT, type AnomalyRow, toAnomalyDto } from './list-anomalies'

export type IncidentFilters = AnomalyListFilters & { sort?: 'extraCost' | 'exposure' | 'period' }

/** Any of an incident's anomalies must match each filter on the anomaly (kind, severity, function). */
const ofAnyAnomaly = (condition: string) =>
  `EXISTS (SELECT 1 FROM anomaly k WHERE k.incident_id = m.id AND ${condition})`

export async function listIncidents(db: Db, filters: IncidentFilters): Promise<IncidentsResponse> {
  const { from, to, dataThrough, where, params } = await anomalyListQuery(db, filters)
  const rows = await db.$queryRawUnsafe<AnomalyRow[]>(
    `WITH matching AS (
       SELECT m.id FROM incident m
       WHERE ${where({
         inRange: (start, end) => incidentInRange('m', start, end),
         kind: (kinds) => ofAnyAnomaly(`k.kind = ANY(${kinds})`),
         severity: (severities) => ofAnyAnomaly(`k.severity = ANY(${severities})`),
         accountId: (accountId) => `m.account_id = ${accountId}`,
         functionId: (functionId) => ofAnyAnomaly(`k.function_id = ${functionId}`),
         status: (status) => `m.status::text = ${status}`,
       })})
     ${ANOMALY_SELECT}
     WHERE a.incident_id IN (SELECT id FROM matching) ORDER BY a.incident_id, a.id`,
    ...params,
  )
  const incidents = toIncidents(rows)
  const sort = filters.sort ?? 'extraCost'
  incidents.sort((a, b) => {
    const exposure = (incident: IncidentDto) => toDecimal(incident.exposureUsd ?? '0')
    const primary =
      sort === 'period'
        ? b.periodStart.localeCompare(a.periodStart)
        : sort === 'exposure'
          ? exposure(b).comparedTo(exposure(a))
          : toDecimal(b.extraCostUsd).comparedTo(toDecimal(a.extraCostUsd))
    return primary || b.periodStart.localeCompare(a.periodStart) || a.id - b.id
  })
  return { from, to, dataThrough, incidents }
}

export async function incidentsByIds(db: Pick<Db, '$queryRawUnsafe'>, ids: number[]): Promise<IncidentDto[]> {
  if (ids.length === 0) return []
  const rows = await db.$queryRawUnsafe<AnomalyRow[]>(
    `${ANOMALY_SELECT} WHERE a.incident_id = ANY($1::int4[]) ORDER BY a.incident_id, a.id`,
    ids,
  )
  return toIncidents(rows)
}

function toIncidents(rows: AnomalyRow[]): IncidentDto[] {
  const byIncident = new Map<number, { detectedAt: Date; anomalies: AnomalyDto[] }>()
  // Rows come from incidents, so each has one.
  for (const row of rows) {
    const entry = byIncident.get(row.incident_id!) ?? { detectedAt: row.incident_detected_at!, anomalies: [] }
    entry.anomalies.push(toAnomalyDto(row))
    byIncident.set(row.incident_id!, entry)
  }
  return [...byIncident].map(([id, { detectedAt, anomalies }]) => {
    const summary = summarizeIncident(
      anomalies.map((anomaly) => ({
        ...anomaly,
        functionKey: anomaly.functionId === null ? null : String(anomaly.functionId),
        impactUsd: toDecimal(anomaly.impactUsd),
        exposureUsd: anomaly.exposureUsd === null ? null : toDecimal(anomaly.exposureUsd),
        dto: anomaly,
      })),
    )
    const { status, statusBy, statusReason, statusAt } = summary.root.dto
    return {
      id,
      accountId: summary.root.accountId,
      accountName: summary.root.dto.accountName,
      severity: summary.severity,
      extraCostUsd: toAmountString(summary.extraCostUsd),
      exposureUsd: summary.exposureUsd === null ? null : toAmountString(summary.exposureUsd),
      periodStart: summary.periodStart,
      periodEnd: summary.periodEnd,
      firstDay: summary.firstDay,
      lastDay: summary.lastDay,
      root: summary.root.dto,
      symptoms: summary.symptoms.map((symptom) => symptom.dto),
      status,
      statusBy,
      statusReason,
      statusAt,
      detectedAt: detectedAt.toISOString(),
    }
  })
}
