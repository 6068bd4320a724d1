// What "an incident in a range" and "an incident of a function" mean, written once for every query that selects
// incidents: the Anomalies page (and GET /api/incidents) and the open-incident counts of the Functions list, so that
// a count of 2 links to a list of 2. `incident` is the alias of the incident row; parameters are placeholders.
import 'server-only'

/** Any of its anomalies' periods overlaps [from, to + 1 day): `from` and `to` are timestamptz placeholders. */
export function incidentInRange(incident: string, from: string, to: string): string {
  return `EXISTS (SELECT 1 FROM anomaly r WHERE r.incident_id = ${incident}.id AND r.period_end > ${from} AND r.period_start < ${to})`
}

/** Open: nobody has acknowledged or muted it (configuration risks included). */
export function incidentIsOpen(incident: string): string {
  return `${incident}.status = 'open'`
}
