import { z } from 'zod'
import { WEBHOOK_FAILURES } from '@/lib/domain/alerts/webhook-outcome'
import { defineOperation } from '@/lib/openapi/define-operation'
import { anomalyKind, severity } from './anomalies-query'
import { accountId, amount, idField, idParam } from './common'

const ruleFields = {
  name: z.string().trim().min(1, 'name the rule').max(100),
  kinds: z
    .array(anomalyKind)
    .max(8)
    .default([])
    .meta({ description: 'Send incidents with an anomaly of these kinds (root cause or symptom); empty: every kind.' }),
  minSeverity: severity.default('low'),
  minImpactUsd: amount.nullable().optional().meta({
    description:
      'Only incidents with at least this measured extra cost (for a configuration risk: worst-case exposure).',
  }),
  accountId: accountId.nullable().optional(),
  functionId: idField.nullable().optional(),
  ingestionFailures: z
    .boolean()
    .default(false)
    .meta({ description: 'Also send every failed ingestion run (the data may be out of date until a run succeeds).' }),
  spendBudgets: z.boolean().default(false).meta({
    description:
      'Also send spend budget alerts: a month’s forecast first over a budget, actual at 80% and at 100% (each once per budget and month).',
  }),
  schedules: z.boolean().default(false).meta({
    description:
      'Also send server schedule alerts: a warning before each stop (with the link that extends it), a start or stop that failed after its retries, a database RDS restarted and the schedule stopped again.',
  }),
  format: z
    .enum(['slack', 'json'])
    .meta({ description: 'slack: an incoming-webhook message; json: the incident or run as the API returns it.' }),
  enabled: z.boolean().default(true),
}
const webhookUrl = z
  .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
  .max(2000)
  .meta({
    description:
      'Loopback, private-network, link-local and metadata addresses are refused (private ones allowed by FINOPS_ALERT_ALLOW_PRIVATE_TARGETS).',
  })

const sendOpenIncidents = z.boolean().default(false).meta({
  description:
    'Also send the incidents open now that match the rule (queued when it is created); otherwise only incidents first detected after it.',
})

export const createAlertRuleBody = z
  .object({ ...ruleFields, webhookUrl, sendOpenIncidents })
  .meta({ id: 'AlertRuleCreate' })
export const updateAlertRuleBody = z
  .object({ ...ruleFields, webhookUrl: webhookUrl.optional().meta({ description: 'Omit to keep the current URL.' }) })
  .meta({ id: 'AlertRuleUpdate' })

export const alertRuleParams = z.object({ id: idParam })

export const alertRuleDto = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kinds: z.array(anomalyKind),
    minSeverity: severity,
    minImpactUsd: amount.nullable(),
    accountId: z.string().nullable(),
    accountName: z
      .string()
      .nullable()
      .meta({ description: 'The account’s name (its id when it has none), when the rule is limited to one account.' }),
    functionId: z.number().int().nullable(),
    functionName: z.string().nullable(),
    ingestionFailures: z.boolean(),
    spendBudgets: z.boolean(),
    schedules: z.boolean(),
    format: z.enum(['slack', 'json']),
    webhookUrlMasked: z
      .string()
      .meta({ description: 'The URL is a credential: only its host and last characters are returned.' }),
    enabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deliveries: z.object({ delivered: z.number().int(), pending: z.number().int(), failed: z.number().int() }).meta({
      description: 'Alerts sent, queued and given up (test messages are in the delivery log, not counted here).',
    }),
  })
  .meta({ id: 'AlertRule' })
export type AlertRuleDto = z.infer<typeof alertRuleDto>

export const alertRulesResponse = z.object({ rules: z.array(alertRuleDto) }).meta({ id: 'AlertRules' })

export const deliveryDto = z
  .object({
    id: z.number().int(),
    ruleId: z.number().int(),
    ruleName: z.string(),
    about: z
      .enum(['incident', 'ingestion_run', 'spend_budget', 'schedule', 'test'])
      .meta({ description: 'test: the rule’s test message (sent once, never retried).' }),
    incidentId: z.number().int().nullable(),
    incidentKind: anomalyKind.nullable().meta({ description: 'The kind of the incident’s root cause.' }),
    ingestionRunId: z.string().nullable(),
    spendBudgetAlertId: z.number().int().nullable(),
    scheduleAlertId: z.number().int().nullable(),
    subject: z.string().meta({
      description:
        'The function, usage type or account the incident’s root cause is about, the failed run’s window ("2026-11-19 to 2026-11-22"), the spend budget alert ("team recsys, 2026-11: forecast-over"), the schedule alert ("Development: stop-warning"), or "test message".',
    }),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AlertDelivery' })
export type DeliveryDto = z.infer<typeof deliveryDto>

export const deliveriesResponse = z.object({ deliveries: z.array(deliveryDto) }).meta({ id: 'AlertDeliveries' })

export const deliverySummary = z
  .object({
    queued: z.number().int(),
    attempted: z.number().int(),
    delivered: z.number().int(),
    retrying: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'AlertDeliverySummary' })
export type DeliverySummary = z.infer<typeof deliverySummary>

export const webhookTestResult = z
  .object({
    delivered: z.boolean(),
    failure: z
      .enum(WEBHOOK_FAILURES)
      .nullable()
      .meta({ description: 'Why not, as a category only: the receiver’s status and answer are never returned.' }),
    message: z.string(),
  })
  .meta({ id: 'WebhookTestResult' })
export type WebhookTestResult = z.infer<typeof webhookTestResult>

export const alertOperations = [
  defineOperation({
    method: 'get',
    path: '/api/alerts/rules',
    permission: 'read',
    summary: 'Alert rules (webhook URLs masked)',
    tags: ['alerts'],
    responses: { 200: { description: 'The rules.', schema: alertRulesResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/alerts/rules',
    permission: 'alert-rules:write',
    summary:
      'Create an alert rule that sends matching new incidents (if asked, those open now too, and failed ingestion runs) to a webhook',
    tags: ['alerts'],
    body: createAlertRuleBody,
    responses: { 201: { description: 'Created.', schema: alertRuleDto } },
  }),
  defineOperation({
    method: 'put',
    path: '/api/alerts/rules/{id}',
    permission: 'alert-rules:write',
    summary: 'Change an alert rule',
    tags: ['alerts'],
    pathParams: alertRuleParams,
    body: updateAlertRuleBody,
    responses: { 200: { description: 'Updated.', schema: alertRuleDto }, 404: { description: 'No such rule.' } },
  }),
  defineOperation({
    method: 'delete',
    path: '/api/alerts/rules/{id}',
    permission: 'alert-rules:write',
    summary: 'Remove an alert rule and its delivery log',
    tags: ['alerts'],
    pathParams: alertRuleParams,
    responses: { 204: { description: 'Removed.' }, 404: { description: 'No such rule.' } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/alerts/rules/{id}/test',
    permission: 'alert-rules:write',
    summary: 'Send a test message to the rule’s webhook now, once (it is logged with the deliveries)',
    tags: ['alerts'],
    pathParams: alertRuleParams,
    responses: {
      200: { description: 'Whether the message was delivered, or why not.', schema: webhookTestResult },
      404: { description: 'No such rule.' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/alerts/deliveries',
    permission: 'read',
    summary: 'The delivery log, newest first (last 200)',
    tags: ['alerts'],
    responses: { 200: { description: 'Deliveries.', schema: deliveriesResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/alerts/deliveries',
    permission: 'alert-rules:write',
    summary: 'Queue new matching incidents and failed runs, and send what is due now (also runs every minute)',
    tags: ['alerts'],
    responses: { 200: { description: 'What was sent.', schema: deliverySummary } },
  }),
]
