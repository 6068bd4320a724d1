// Queues, for one rule, the open incidents it matches and has not been sent yet: one alert_delivery row per rule
// and incident (its natural key), so an incident is sent once however many anomalies it has or gains later.
// `detectedSince` and `endedSince` narrow it to what is new (the minute job) or leave it at everything open
// (a new rule that asked to send what is open now).
import 'server-only'
import { type AlertRuleCriteria, matchesRule } from '@/lib/domain/alerts/matches-rule'
import type { Db } from '@/lib/server/db/prisma'
import { incidentsByIds } from '@/lib/server/queries/list-incidents'
import { bulkInsert } from '@/lib/server/repositories/bulk-write'
import { incidentIsOpen } from '@/lib/server/queries/incident-sql'

export type QueueScope = { detectedSince: Date | null; endedSince: Date | null }

export async function queueIncidents(
  db: Pick<Db, '$queryRawUnsafe' | '$executeRawUnsafe'>,
  rule: AlertRuleCriteria & { id: number },
  now: Date,
  scope: QueueScope,
): Promise<number> {
  const candidates = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT i.id FROM incident i
     WHERE ${incidentIsOpen('i')} AND ($1::timestamptz IS NULL OR i.detected_at >= $1::timestamptz)
       AND ($2::timestamptz IS NULL OR EXISTS (SELECT 1 FROM anomaly a WHERE a.incident_id = i.id AND a.period_end >= $2::timestamptz))
       AND NOT EXISTS (SELECT 1 FROM alert_delivery d WHERE d.rule_id = $3 AND d.incident_id = i.id)`,
    scope.detectedSince,
    scope.endedSince,
    rule.id,
  )
  const incidents = await incidentsByIds(
    db,
    candidates.map((candidate) => candidate.id),
  )
  const matching = incidents.filter((incident) => {
    const anomalies = [incident.root, ...incident.symptoms]
    return matchesRule(rule, {
      kinds: anomalies.map((anomaly) => anomaly.kind),
      severity: incident.severity,
      extraCostUsd: incident.extraCostUsd,
      exposureUsd: incident.exposureUsd,
      accountId: incident.accountId,
      functionIds: anomalies.flatMap((anomaly) => (anomaly.functionId === null ? [] : [anomaly.functionId])),
    })
  })
  return bulkInsert(
    db,
    'alert_delivery',
    [
      { name: 'rule_id', type: 'int4', value: () => rule.id },
      { name: 'incident_id', type: 'int4', value: (incident: (typeof matching)[number]) => incident.id },
      { name: 'next_attempt_at', type: 'timestamptz', value: () => now },
    ],
    matching,
    'ON CONFLICT (rule_id, incident_id) DO NOTHING',
  )
}
