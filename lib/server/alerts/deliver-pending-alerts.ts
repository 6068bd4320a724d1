// Queues, per enabled rule, the open incidents it matches that were first detected after it was created and
// ended within the last week, and (if the rule asks) the ingestion runs that failed and the spend budget alerts
// recorded since it was created and within the last week, and (if the rule asks) the schedule alerts likewise:
// one row per rule and incident, run, budget alert or schedule alert, so each is sent once. Then claims due deliveries
// with a lease (no double sends), posts them, and marks them delivered, retries with backoff, or gives up.
import 'server-only'
import { nextAttemptAt } from '@/lib/domain/alerts/backoff'
import { deliveryError } from '@/lib/domain/alerts/webhook-outcome'
import type { WebhookTargetPolicy } from '@/lib/domain/alerts/webhook-target'
import { jsonBudgetPayload, type PayloadBudgetAlert, slackBudgetMessage } from '@/lib/domain/alerts/budget-payloads'
import {
  jsonSchedulePayload,
  type PayloadScheduleAlert,
  slackScheduleMessage,
} from '@/lib/domain/alerts/schedule-payloads'
import { jsonPayload, jsonRunPayload, slackMessage, slackRunMessage } from '@/lib/domain/alerts/webhook-payloads'
import type { Severity } from '@/lib/domain/anomalies/types'
import type { DeliverySummary } from '@/lib/schemas/alerts'
import type { IngestionRunDto } from '@/lib/schemas/ingestion'
import type { Db } from '@/lib/server/db/prisma'
import type { IncidentDto } from '@/lib/schemas/incidents'
import { incidentsByIds } from '@/lib/server/queries/list-incidents'
import { listIngestionRuns } from '@/lib/server/queries/list-ingestion-runs'
import { spendBudgetAlertsByIds } from '@/lib/server/spend-budgets/spend-budget-alerts'
import { scheduleAlertsByIds } from '@/lib/server/schedules/schedule-alerts'
import { queueIncidents } from './queue-incidents'
import { sendToWebhook } from './rule-webhook'

const RECENT_MS = 7 * 86_400_000
const BATCH = 50
const LEASE_MS = 5 * 60_000

type RuleRow = {
  id: number
  name: string
  kinds: string[]
  min_severity: string
  min_impact_usd: string | null
  account_id: string | null
  function_id: number | null
  ingestion_failures: boolean
  spend_budgets: boolean
  schedules: boolean
  format: string
  webhook_url: string
  created_at: Date
}

export type DeliverOptions = { now: Date; targets: WebhookTargetPolicy; publicUrl?: string | null }

export async function deliverPendingAlerts(db: Db, options: DeliverOptions): Promise<DeliverySummary> {
  const rules = await db.$queryRawUnsafe<RuleRow[]>(
    'SELECT id, name, kinds, min_severity, min_impact_usd::text, account_id, function_id, ingestion_failures, spend_budgets, schedules, format, webhook_url, created_at FROM alert_rule WHERE enabled ORDER BY id',
  )
  const queued =
    (await queueMatches(db, rules, options.now)) +
    (await queueFailedRuns(db, rules, options.now)) +
    (await queueBudgetAlerts(db, rules, options.now)) +
    (await queueScheduleAlerts(db, rules, options.now))
  const due = await db.$queryRawUnsafe<
    {
      id: number
      rule_id: number
      incident_id: number | null
      ingestion_run_id: string | null
      spend_budget_alert_id: number | null
      schedule_alert_id: number | null
      attempts: number
    }[]
  >(
    `UPDATE alert_delivery SET next_attempt_at = $2::timestamptz
     WHERE id IN (SELECT d.id FROM alert_delivery d JOIN alert_rule r ON r.id = d.rule_id AND r.enabled
                  WHERE d.status = 'pending' AND d.next_attempt_at <= $1::timestamptz ORDER BY d.next_attempt_at, d.id LIMIT ${BATCH} FOR UPDATE OF d SKIP LOCKED)
     RETURNING id, rule_id, incident_id, ingestion_run_id::text, spend_budget_alert_id, schedule_alert_id, attempts`,
    options.now,
    new Date(options.now.getTime() + LEASE_MS),
  )
  const incidentIds = [...new Set(due.flatMap((d) => (d.incident_id === null ? [] : [d.incident_id])))]
  const runIds = [...new Set(due.flatMap((d) => (d.ingestion_run_id === null ? [] : [d.ingestion_run_id])))]
  const incidents = new Map((await incidentsByIds(db, incidentIds)).map((incident) => [incident.id, incident]))
  const runs = new Map(
    (runIds.length ? await listIngestionRuns(db, { limit: runIds.length, ids: runIds }) : []).map((run) => [
      run.id,
      run,
    ]),
  )
  const budgetAlerts = new Map(
    (
      await spendBudgetAlertsByIds(
        db,
        due.flatMap((d) => (d.spend_budget_alert_id === null ? [] : [d.spend_budget_alert_id])),
      )
    ).map((alert) => [alert.id, alert]),
  )
  const scheduleAlerts = new Map(
    (
      await scheduleAlertsByIds(
        db,
        due.flatMap((d) => (d.schedule_alert_id === null ? [] : [d.schedule_alert_id])),
      )
    ).map((alert) => [alert.id, alert]),
  )
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const summary = { queued, attempted: 0, delivered: 0, retrying: 0, failed: 0 }
  for (const delivery of due) {
    const rule = byId.get(delivery.rule_id)
    const incident = delivery.incident_id === null ? undefined : incidents.get(delivery.incident_id)
    const run = delivery.ingestion_run_id === null ? undefined : runs.get(delivery.ingestion_run_id)
    const budgetAlert =
      delivery.spend_budget_alert_id === null ? undefined : budgetAlerts.get(delivery.spend_budget_alert_id)
    const scheduleAlert =
      delivery.schedule_alert_id === null ? undefined : scheduleAlerts.get(delivery.schedule_alert_id)
    // Acknowledged or muted while queued: not worth a message any more.
    if (!rule || (incident ? incident.status !== 'open' : !run && !budgetAlert && !scheduleAlert)) {
      await db.alertDelivery.delete({ where: { id: delivery.id } })
      continue
    }
    summary.attempted += 1
    const payload = incident
      ? payloadFor(rule, incident, options.publicUrl ?? null)
      : budgetAlert
        ? budgetPayloadFor(rule, budgetAlert, options.publicUrl ?? null)
        : scheduleAlert
          ? schedulePayloadFor(rule, scheduleAlert, options.publicUrl ?? null)
          : runPayloadFor(rule, run!, options.publicUrl ?? null)
    const result = await sendToWebhook(rule.webhook_url, payload, options.targets)
    const attempts = delivery.attempts + 1
    const retryAt = result.ok ? null : nextAttemptAt(options.now, attempts)
    const status = result.ok ? 'delivered' : retryAt ? 'pending' : 'failed'
    summary[result.ok ? 'delivered' : retryAt ? 'retrying' : 'failed'] += 1
    await db.alertDelivery.update({
      where: { id: delivery.id },
      data: {
        status,
        attempts,
        lastAttemptAt: options.now,
        lastStatus: result.status,
        lastError: deliveryError(result),
        nextAttemptAt: retryAt,
        deliveredAt: result.ok ? options.now : null,
      },
    })
  }
  return summary
}

async function queueMatches(db: Db, rules: RuleRow[], now: Date): Promise<number> {
  let queued = 0
  for (const rule of rules) {
    const criteria = {
      id: rule.id,
      kinds: rule.kinds,
      minSeverity: rule.min_severity as Severity,
      minImpactUsd: rule.min_impact_usd,
      accountId: rule.account_id,
      functionId: rule.function_id,
    }
    queued += await queueIncidents(db, criteria, now, {
      detectedSince: rule.created_at,
      endedSince: new Date(now.getTime() - RECENT_MS),
    })
  }
  return queued
}

async function queueFailedRuns(db: Db, rules: RuleRow[], now: Date): Promise<number> {
  let queued = 0
  for (const rule of rules.filter((candidate) => candidate.ingestion_failures)) {
    queued += await db.$executeRawUnsafe(
      `INSERT INTO alert_delivery (rule_id, ingestion_run_id, next_attempt_at)
       SELECT $1, i.id, $2::timestamptz FROM ingestion_run i
       WHERE i.status = 'failed' AND i.finished_at >= $3 AND i.finished_at >= $4::timestamptz
       ON CONFLICT (rule_id, ingestion_run_id) DO NOTHING`,
      rule.id,
      now,
      rule.created_at,
      new Date(now.getTime() - RECENT_MS),
    )
  }
  return queued
}

async function queueBudgetAlerts(db: Db, rules: RuleRow[], now: Date): Promise<number> {
  const wanting = rules.filter((candidate) => candidate.spend_budgets)
  if (wanting.length === 0) return 0
  let queued = 0
  for (const rule of wanting) {
    queued += await db.$executeRawUnsafe(
      `INSERT INTO alert_delivery (rule_id, spend_budget_alert_id, next_attempt_at)
       SELECT $1, a.id, $2::timestamptz FROM spend_budget_alert a
       WHERE a.created_at >= $3 AND a.created_at >= $4::timestamptz
       ON CONFLICT (rule_id, spend_budget_alert_id) DO NOTHING`,
      rule.id,
      now,
      rule.created_at,
      new Date(now.getTime() - RECENT_MS),
    )
  }
  return queued
}

async function queueScheduleAlerts(db: Db, rules: RuleRow[], now: Date): Promise<number> {
  let queued = 0
  for (const rule of rules.filter((candidate) => candidate.schedules)) {
    queued += await db.$executeRawUnsafe(
      `INSERT INTO alert_delivery (rule_id, schedule_alert_id, next_attempt_at)
       SELECT $1, a.id, $2::timestamptz FROM schedule_alert a
       WHERE a.created_at >= $3 AND a.created_at >= $4::timestamptz
       ON CONFLICT (rule_id, schedule_alert_id) DO NOTHING`,
      rule.id,
      now,
      rule.created_at,
      new Date(now.getTime() - RECENT_MS),
    )
  }
  return queued
}

function schedulePayloadFor(rule: RuleRow, alert: PayloadScheduleAlert, publicUrl: string | null) {
  const link = publicUrl ? `${publicUrl.replace(/\/+$/, '')}/schedules?id=${alert.scheduleId}` : null
  return rule.format === 'slack'
    ? slackScheduleMessage(alert, publicUrl, link)
    : jsonSchedulePayload(alert, { id: rule.id, name: rule.name }, publicUrl, link)
}

function budgetPayloadFor(rule: RuleRow, alert: PayloadBudgetAlert, publicUrl: string | null) {
  const link = publicUrl ? `${publicUrl.replace(/\/+$/, '')}/budgets/spend?month=${alert.month}` : null
  return rule.format === 'slack'
    ? slackBudgetMessage(alert, link)
    : jsonBudgetPayload(alert, { id: rule.id, name: rule.name }, link)
}

function runPayloadFor(rule: RuleRow, run: IngestionRunDto, publicUrl: string | null) {
  const link = publicUrl ? `${publicUrl.replace(/\/+$/, '')}/ingestion` : null
  return rule.format === 'slack'
    ? slackRunMessage(run, link)
    : jsonRunPayload(run, { id: rule.id, name: rule.name }, link)
}

function payloadFor(rule: RuleRow, incident: IncidentDto, publicUrl: string | null) {
  const link = publicUrl
    ? `${publicUrl.replace(/\/+$/, '')}/anomalies?from=${incident.firstDay}&to=${incident.lastDay}&open=${incident.id}`
    : null
  return rule.format === 'slack'
    ? slackMessage(incident, link)
    : jsonPayload(incident, { id: rule.id, name: rule.name }, link)
}
