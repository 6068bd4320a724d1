// What a webhook receives: a Slack incoming-webhook message (text plus Block Kit sections, readable in any
// Slack-compatible chat such as Mattermost), or the incident (or failed ingestion run) as the API returns it
// wrapped in a small envelope. An incident is one message: its root cause, then what else it showed as.
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { severityLabel } from '@/lib/domain/anomalies/severity-labels'
import { incidentMoney, seenAs } from '@/lib/domain/incidents/describe-incident'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'

export type PayloadAnomaly = {
  kind: AnomalyKind
  functionName: string | null
  usageType: string | null
  region: string | null
  impactUsd: string
  explanation: string
}

export type PayloadIncident = {
  id: number
  severity: Severity
  accountId: string
  firstDay: string
  lastDay: string
  extraCostUsd: string
  exposureUsd: string | null
  root: PayloadAnomaly
  symptoms: PayloadAnomaly[]
}

/** Slack's mrkdwn treats &, < and > as markup. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function slackMessage(incident: PayloadIncident, link: string | null) {
  const { root } = incident
  const subject = root.functionName ?? root.usageType ?? incident.accountId
  const period =
    incident.firstDay === incident.lastDay ? incident.firstDay : `${incident.firstDay} to ${incident.lastDay}`
  const title = `${kindLabel(root.kind)} (${severityLabel(incident.severity)}) on ${subject}: ${incidentMoney(incident)}`
  const also = incident.symptoms.length ? ` ${seenAs(incident.symptoms)}` : ''
  const context = [`account ${incident.accountId}`, root.region, period].filter(Boolean).join(' · ')
  return {
    text: `${title} — ${root.explanation}${also}`,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `*${escape(title)}*\n${escape(root.explanation)}${escape(also)}` },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: escape(context) + (link ? ` · <${link}|Open in Lambda FinOps>` : '') }],
      },
    ],
  }
}

export function jsonPayload<Incident extends PayloadIncident>(
  incident: Incident,
  rule: { id: number; name: string },
  link: string | null,
) {
  return { type: 'incident', rule, link, incident }
}

/** What a message about a failed ingestion run needs; the JSON payload carries the run as the API returns it. */
export type PayloadRun = {
  id: string
  trigger: string
  from: string
  to: string
  finishedAt: string | null
  error: string | null
  warnings: string[]
}

export function slackRunMessage(run: PayloadRun, link: string | null) {
  const title = `Ingestion run failed (${run.trigger}, ${run.from} to ${run.to}): data may be out of date until a run succeeds`
  const reason = run.error ?? 'no error recorded'
  const context = [
    run.finishedAt ? `finished ${run.finishedAt.slice(0, 16).replace('T', ' ')} UTC` : null,
    run.warnings.length ? `${run.warnings.length} warning(s)` : null,
    `run ${run.id}`,
  ]
    .filter(Boolean)
    .join(' · ')
  return {
    text: `${title} — ${reason}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escape(title)}*\n${escape(reason)}` } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: escape(context) + (link ? ` · <${link}|Open in Lambda FinOps>` : '') }],
      },
    ],
  }
}

export function jsonRunPayload<Run extends PayloadRun>(
  run: Run,
  rule: { id: number; name: string },
  link: string | null,
) {
  return { type: 'ingestion_failed', rule, link, run }
}
