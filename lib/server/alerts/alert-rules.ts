// Alert rules as people manage them: listed with webhook URLs masked and delivery counts; created (sending, if
// asked, the incidents open now), changed (the URL kept when not sent again), removed, and tested with a one-off
// message that the delivery log keeps. URLs are stored sealed (rule-webhook.ts).
import 'server-only'
import { deliveryError, describeWebhookFailure } from '@/lib/domain/alerts/webhook-outcome'
import { type WebhookTargetPolicy, webhookUrlRefusal } from '@/lib/domain/alerts/webhook-target'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { toAmountString } from '@/lib/domain/money'
import type { AlertRuleDto, WebhookTestResult } from '@/lib/schemas/alerts'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { AppError, notFound } from '@/lib/server/http/app-error'
import { queueIncidents } from './queue-incidents'
import { maskedWebhookUrl, sealWebhookUrl, sendToWebhook } from './rule-webhook'

export type AlertRuleInput = {
  name: string
  kinds: AnomalyKind[]
  minSeverity: Severity
  minImpactUsd?: string | null
  accountId?: string | null
  functionId?: number | null
  ingestionFailures?: boolean
  spendBudgets?: boolean
  schedules?: boolean
  format: 'slack' | 'json'
  enabled: boolean
  webhookUrl?: string
}

export async function listAlertRules(db: Db, ids?: number[]): Promise<AlertRuleDto[]> {
  const rows = await db.$queryRawUnsafe<
    {
      id: number
      name: string
      kinds: string[]
      min_severity: string
      min_impact_usd: string | null
      account_id: string | null
      account_name: string | null
      function_id: number | null
      function_name: string | null
      ingestion_failures: boolean
      spend_budgets: boolean
      schedules: boolean
      format: string
      webhook_url: string
      enabled: boolean
      created_at: Date
      updated_at: Date
      delivered: number
      pending: number
      failed: number
    }[]
  >(
    `SELECT r.id, r.name, r.kinds, r.min_severity, r.min_impact_usd::text, r.account_id, acc.name AS account_name, r.function_id, f.name AS function_name, r.ingestion_failures, r.spend_budgets, r.schedules, r.format, r.webhook_url, r.enabled,
            r.created_at, r.updated_at,
            count(d.id) FILTER (WHERE d.status = 'delivered')::int AS delivered, count(d.id) FILTER (WHERE d.status = 'pending')::int AS pending,
            count(d.id) FILTER (WHERE d.status = 'failed')::int AS failed
     FROM alert_rule r LEFT JOIN lambda_function f ON f.id = r.function_id LEFT JOIN aws_account acc ON acc.id = r.account_id LEFT JOIN alert_delivery d ON d.rule_id = r.id AND NOT d.is_test
     WHERE ($1::int4[] IS NULL OR r.id = ANY($1::int4[])) GROUP BY r.id, f.name, acc.name ORDER BY r.id`,
    ids ?? null,
  )
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kinds: row.kinds as AnomalyKind[],
    minSeverity: row.min_severity as Severity,
    minImpactUsd: row.min_impact_usd === null ? null : toAmountString(row.min_impact_usd),
    accountId: row.account_id,
    accountName: row.account_name,
    functionId: row.function_id,
    functionName: row.function_name,
    ingestionFailures: row.ingestion_failures,
    spendBudgets: row.spend_budgets,
    schedules: row.schedules,
    format: row.format as 'slack' | 'json',
    webhookUrlMasked: maskedWebhookUrl(row.webhook_url),
    enabled: row.enabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deliveries: { delivered: row.delivered, pending: row.pending, failed: row.failed },
  }))
}

function fields(input: AlertRuleInput) {
  return {
    name: input.name,
    kinds: input.kinds,
    minSeverity: input.minSeverity,
    minImpactUsd: input.minImpactUsd ?? null,
    accountId: input.accountId ?? null,
    functionId: input.functionId ?? null,
    ingestionFailures: input.ingestionFailures ?? false,
    spendBudgets: input.spendBudgets ?? false,
    schedules: input.schedules ?? false,
    format: input.format,
    enabled: input.enabled,
  }
}

/**
 * `sendOpenIncidents`: also queue every open incident the rule matches now, however old (the minute job queues
 * only incidents first detected after the rule); they go out with the next send, like any new incident.
 */
export async function createAlertRule(
  db: Db,
  input: AlertRuleInput & { webhookUrl: string; sendOpenIncidents?: boolean },
  policy: WebhookTargetPolicy,
  now = clock.now(),
): Promise<AlertRuleDto> {
  assertTarget(input.webhookUrl, policy)
  await assertScope(db, input)
  const rule = fields(input)
  const id = await db.$transaction(async (tx) => {
    // The server's clock, like the anomalies' detection time and the runs' end it is compared with.
    const { id } = await tx.alertRule.create({
      data: { ...rule, webhookUrl: sealWebhookUrl(input.webhookUrl), createdAt: now },
      select: { id: true },
    })
    if (input.sendOpenIncidents)
      await queueIncidents(tx, { id, ...rule }, now, { detectedSince: null, endedSince: null })
    return id
  })
  return (await listAlertRules(db, [id]))[0]!
}

export async function updateAlertRule(
  db: Db,
  id: number,
  input: AlertRuleInput,
  policy: WebhookTargetPolicy,
): Promise<AlertRuleDto> {
  if (input.webhookUrl) assertTarget(input.webhookUrl, policy)
  await assertScope(db, input)
  const { count } = await db.alertRule.updateMany({
    where: { id },
    data: { ...fields(input), ...(input.webhookUrl ? { webhookUrl: sealWebhookUrl(input.webhookUrl) } : {}) },
  })
  if (count === 0) throw notFound(`Alert rule ${id}`)
  return (await listAlertRules(db, [id]))[0]!
}

export async function deleteAlertRule(db: Db, id: number): Promise<void> {
  const { count } = await db.alertRule.deleteMany({ where: { id } })
  if (count === 0) throw notFound(`Alert rule ${id}`)
}

/**
 * Sends a one-off message, once (no retry), and logs it with the rule's deliveries. The answer is "delivered" or a
 * failure category, never what the receiver said.
 */
export async function testAlertRule(
  db: Db,
  id: number,
  policy: WebhookTargetPolicy,
  now = clock.now(),
): Promise<WebhookTestResult> {
  const rule = await db.alertRule.findUnique({ where: { id } })
  if (!rule) throw notFound(`Alert rule ${id}`)
  const text = `Test message from Lambda FinOps: the alert rule “${rule.name}” will post new incidents${rule.ingestionFailures ? ', failed ingestion runs' : ''}${rule.spendBudgets ? ', spend budget alerts' : ''}${rule.schedules ? ', server schedule alerts' : ''} here.`
  const result = await sendToWebhook(
    rule.webhookUrl,
    rule.format === 'slack' ? { text } : { type: 'test', rule: { id: rule.id, name: rule.name }, message: text },
    policy,
  )
  await db.alertDelivery.create({
    data: {
      ruleId: rule.id,
      isTest: true,
      status: result.ok ? 'delivered' : 'failed',
      attempts: 1,
      nextAttemptAt: null,
      lastAttemptAt: now,
      lastStatus: result.status,
      lastError: deliveryError(result),
      deliveredAt: result.ok ? now : null,
    },
  })
  return result.ok
    ? { delivered: true, failure: null, message: 'Delivered.' }
    : { delivered: false, failure: result.failure, message: describeWebhookFailure(result.failure) }
}

function assertTarget(webhookUrl: string, policy: WebhookTargetPolicy) {
  const refusal = webhookUrlRefusal(webhookUrl, policy)
  if (refusal) throw new AppError('bad_request', `webhookUrl: ${refusal}`)
}

async function assertScope(db: Db, input: AlertRuleInput) {
  if (
    input.functionId &&
    !(await db.lambdaFunction.findUnique({ where: { id: input.functionId }, select: { id: true } }))
  )
    throw notFound(`Function ${input.functionId}`)
  if (input.accountId && !(await db.awsAccount.findUnique({ where: { id: input.accountId }, select: { id: true } })))
    throw notFound(`Account ${input.accountId}`)
}
