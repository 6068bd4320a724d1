// After a detection run: groups the anomalies of the accounts it touched into incidents (lib/domain/incidents)
// and stores the grouping, continuing the incidents that already exist (their status and alert deliveries) as
// assignIncidentIds decides. A whole account is regrouped, because a bill-level anomaly may join any of its
// functions' incidents; an account has tens to a few thousand anomalies over its history.
import 'server-only'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { assignIncidentIds } from '@/lib/domain/incidents/assign-incident-ids'
import { type IncidentMember, groupIntoIncidents } from '@/lib/domain/incidents/group-incidents'
import { toDecimal } from '@/lib/domain/money'
import type { Executor } from '@/lib/server/stored/function-histories'

type Row = {
  id: number
  incident_id: number | null
  kind: string
  account_id: string
  region: string | null
  function_id: number | null
  service: string | null
  period_start: Date
  period_end: Date
  severity: string
  impact_usd: string
  exposure_usd: string | null
}

type Member = IncidentMember & { id: number }

/** `detectedAt`: the detection run's time (the server's clock), given to the incidents this grouping opens. */
export async function regroupIncidents(db: Executor, accounts: readonly string[], detectedAt: Date): Promise<void> {
  if (accounts.length === 0) return
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT id, incident_id, kind, account_id, region, function_id, service, period_start, period_end, severity, impact_usd::text, exposure_usd::text
     FROM anomaly WHERE account_id = ANY($1::text[]) ORDER BY id`,
    accounts,
  )
  const members: Member[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind as AnomalyKind,
    accountId: row.account_id,
    region: row.region,
    functionKey: row.function_id === null ? null : String(row.function_id),
    service: row.service,
    periodStart: row.period_start.toISOString(),
    periodEnd: row.period_end.toISOString(),
    severity: row.severity as Severity,
    impactUsd: toDecimal(row.impact_usd),
    exposureUsd: row.exposure_usd === null ? null : toDecimal(row.exposure_usd),
  }))
  const incidents = groupIntoIncidents(members)
  const current = new Map(rows.map((row) => [row.id, row.incident_id]))
  const plan = assignIncidentIds(
    incidents.map((incident) => ({
      rootId: incident.root.id,
      memberIds: [incident.root, ...incident.symptoms].map((member) => member.id),
    })),
    current,
  )
  const fresh = plan.flatMap((assignment, index) =>
    assignment.incidentId === null
      ? [{ index, accountId: incidents[index]!.root.accountId, inheritsFrom: assignment.inheritsFrom }]
      : [],
  )
  const ids = plan.map((assignment) => assignment.incidentId)
  if (fresh.length > 0) {
    const allocated = await db.$queryRawUnsafe<{ id: number }[]>(
      "SELECT nextval(pg_get_serial_sequence('incident', 'id'))::int4 AS id FROM generate_series(1, $1::int4)",
      fresh.length,
    )
    fresh.forEach((incident, at) => (ids[incident.index] = allocated[at]!.id))
    await db.$executeRawUnsafe(
      `INSERT INTO incident (id, account_id, status, status_by, status_reason, status_at, detected_at)
       SELECT n.id, n.account_id, coalesce(s.status, 'open'), s.status_by, s.status_reason, s.status_at, coalesce(s.detected_at, $4::timestamptz)
       FROM unnest($1::int4[], $2::text[], $3::int4[]) AS n(id, account_id, inherits_from) LEFT JOIN incident s ON s.id = n.inherits_from`,
      fresh.map((incident) => ids[incident.index]),
      fresh.map((incident) => incident.accountId),
      fresh.map((incident) => incident.inheritsFrom),
      detectedAt,
    )
  }
  for (const [index, assignment] of plan.entries()) {
    if (assignment.absorbs.length === 0) continue
    // A rule told about a merged incident has been told about this one: no second alert. The earliest such
    // delivery moves here; the rest go with the merged incidents.
    await db.$executeRawUnsafe(
      `UPDATE alert_delivery d SET incident_id = $1 WHERE d.incident_id = ANY($2::int4[])
         AND NOT EXISTS (SELECT 1 FROM alert_delivery o WHERE o.incident_id = $1 AND o.rule_id = d.rule_id)
         AND d.id = (SELECT min(x.id) FROM alert_delivery x WHERE x.rule_id = d.rule_id AND x.incident_id = ANY($2::int4[]))`,
      ids[index],
      assignment.absorbs,
    )
    await db.$executeRawUnsafe(
      'UPDATE incident SET detected_at = least(detected_at, (SELECT min(detected_at) FROM incident WHERE id = ANY($2::int4[]))) WHERE id = $1',
      ids[index],
      assignment.absorbs,
    )
  }
  const moves = plan.flatMap((assignment, index) =>
    assignment.memberIds.filter((id) => current.get(id) !== ids[index]).map((id) => ({ id, incidentId: ids[index]! })),
  )
  if (moves.length > 0) {
    await db.$executeRawUnsafe(
      'UPDATE anomaly a SET incident_id = n.incident_id FROM unnest($1::int4[], $2::int4[]) AS n(id, incident_id) WHERE a.id = n.id',
      moves.map((move) => move.id),
      moves.map((move) => move.incidentId),
    )
  }
  // Merged incidents, and those whose anomalies were all removed as no longer detected.
  await db.$executeRawUnsafe(
    'DELETE FROM incident i WHERE i.account_id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM anomaly a WHERE a.incident_id = i.id)',
    accounts,
  )
}
