// Incidents for the Anomalies page, GET /api/incidents and alert payloads: the stored grouping, each incident read
// with all its anomalies (also those outside the range) and summarized by lib/domain/incidents (root cause first,
// extra cost counted once, worst severity).
import 'server-only'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { SEVERITIES } from '@/lib/domain/anomalies/types'
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { summarizeIncident } from '@/lib/domain/incidents/group-incidents'
import { toAmountString, toDecimal } from '@/lib/domain/money'
import type { AnomalyDto } from '@/lib/schemas/anomalies'
import type { IncidentDto, IncidentsResponse } from '@/lib/schemas/incidents'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { getDataThrough } from './get-data-through'
import { incidentInRange } from './incident-sql'
import { ANOMALY_SELECT, type AnomalyRow, DEFAULT_ANOMALY_DAYS, toAnomalyDto } from './list-anomalies'

export type IncidentFilters = {
  from?: IsoDay
  to?: IsoDay
  kind?: AnomalyKind[]
  minSeverity?: Severity
  accountId?: string
  functionId?: number
  status?: IncidentDto['status']
  sort?: 'extraCost' | 'exposure' | 'period'
}

export async function listIncidents(db: Db, filters: IncidentFilters): Promise<IncidentsResponse> {
  const dataThrough = await getDataThrough(db)
  const to = filters.to ?? dataThrough ?? clock.today()
  const from = filters.from ?? addDaysTo(to, -(DEFAULT_ANOMALY_DAYS - 1))
  const severities = filters.minSeverity ? SEVERITIES.slice(SEVERITIES.indexOf(filters.minSeverity)) : null
  const rows = await db.$queryRawUnsafe<AnomalyRow[]>(
    `WITH matching AS (
       SELECT m.id FROM incident m
       WHERE ${incidentInRange('m', '$1::timestamptz', '$2::timestamptz')}
         AND ($3::text[] IS NULL OR EXISTS (SELECT 1 FROM anomaly k WHERE k.incident_id = m.id AND k.kind = ANY($3::text[])))
         AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM anomaly s WHERE s.incident_id = m.id AND s.severity = ANY($4::text[])))
         AND ($5::text IS NULL OR m.account_id = $5::text)
         AND ($6::int4 IS NULL OR EXISTS (SELECT 1 FROM anomaly g WHERE g.incident_id = m.id AND g.function_id = $6::int4))
         AND ($7::text IS NULL OR m.status::text = $7::text))
     ${ANOMALY_SELECT}
     WHERE a.incident_id IN (SELECT id FROM matching) ORDER BY a.incident_id, a.id`,
    `${from}T00:00:00.000Z`,
    `${addDaysTo(to, 1)}T00:00:00.000Z`,
    filters.kind?.length ? filters.kind : null,
    severities,
    filters.accountId ?? null,
    filters.functionId ?? null,
    filters.status ?? null,
  )
  const incidents = toIncidents(rows)
  const sort = filters.sort ?? 'extraCost'
  incidents.sort((a, b) => {
    const exposure = (incident: IncidentDto) => toDecimal(incident.exposureUsd ?? '0')
    const primary =
      sort === 'period' ? b.periodStart.localeCompare(a.periodStart) : sort === 'exposure' ? exposure(b).comparedTo(exposure(a)) : toDecimal(b.extraCostUsd).comparedTo(toDecimal(a.extraCostUsd))
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
