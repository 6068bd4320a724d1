// What a webhook receives: a Slack incoming-webhook message (text plus Block Kit sections, readable in any
// Slack-compatible chat such as Mattermost), or the anomaly (or failed ingestion run) as the API returns it
// wrapped in a small envelope.
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import type { AnomalyKind, Evidence, Severity } from '@/lib/domain/anomalies/types'

export type PayloadAnomaly = {
  id: number
  kind: AnomalyKind
  severity: Severity
  functionName: string | null
  usageType: string | null
  accountId: string
  region: string | null
  firstDay: string
  lastDay: string
  impactUsd: string
  explanation: string
  evidence: Evidence
}

/** Slack's mrkdwn treats &, < and > as markup. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function slackMessage(anomaly: PayloadAnomaly, link: string | null) {
  const subject = anomaly.functionName ?? anomaly.usageType ?? anomaly.accountId
  const period = anomaly.firstDay === anomaly.lastDay ? anomaly.firstDay : `${anomaly.firstDay} to ${anomaly.lastDay}`
  const title = `${kindLabel(anomaly.kind)} (${anomaly.severity}) on ${subject}: ${formatSmallUsd(anomaly.impactUsd)} over expected`
  const context = [`account ${anomaly.accountId}`, anomaly.region, period].filter(Boolean).join(' · ')
  return {
    text: `${title} — ${anomaly.explanation}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escape(title)}*\n${escape(anomaly.explanation)}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: escape(context) + (link ? ` · <${link}|Open in Lambda FinOps>` : '') }] },
    ],
  }
}

export function jsonPayload(anomaly: PayloadAnomaly, rule: { id: number; name: string }, link: string | null) {
  return { type: 'anomaly', rule, link, anomaly }
}

/** What a message about a failed ingestion run needs; the JSON payload carries the run as the API returns it. */
export type PayloadRun = { id: string; trigger: string; from: string; to: string; finishedAt: string | null; error: string | null; warnings: string[] }

export function slackRunMessage(run: PayloadRun, link: string | null) {
  const title = `Ingestion run failed (${run.trigger}, ${run.from} to ${run.to}): data may be out of date until a run succeeds`
  const reason = run.error ?? 'no error recorded'
  const context = [run.finishedAt ? `finished ${run.finishedAt.slice(0, 16).replace('T', ' ')} UTC` : null, run.warnings.length ? `${run.warnings.length} warning(s)` : null, `run ${run.id}`].filter(Boolean).join(' · ')
  return {
    text: `${title} — ${reason}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escape(title)}*\n${escape(reason)}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: escape(context) + (link ? ` · <${link}|Open in Lambda FinOps>` : '') }] },
    ],
  }
}

export function jsonRunPayload<Run extends PayloadRun>(run: Run, rule: { id: number; name: string }, link: string | null) {
  return { type: 'ingestion_failed', rule, link, run }
}
