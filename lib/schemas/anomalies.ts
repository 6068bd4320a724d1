import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { anomaliesQuery, anomalyKind, anomalyStatus, severity } from './anomalies-query'
import { accountName, amount, idParam, isoDay } from './common'

const anomaliesQueryDescriptions = {
  from: 'First day (inclusive). Default: 90 days before `to`.',
  to: 'Last day (inclusive). Default: the last day with data.',
  kind: 'Only these kinds (repeat the parameter for several).',
  minSeverity: 'Only this severity or worse.',
  status: 'Only anomalies whose incident is in this state. Default: all.',
  sort: 'Newest period first, or largest dollar impact first.',
}

export const evidence = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))

export const anomalyDto = z
  .object({
    id: z.number().int(),
    kind: anomalyKind,
    functionId: z.number().int().nullable(),
    functionName: z.string().nullable().meta({ description: 'Null for anomalies of an account or usage type.' }),
    accountId: z.string(),
    accountName,
    region: z.string().nullable(),
    service: z.string().nullable(),
    usageType: z.string().nullable(),
    periodStart: z.string().meta({ description: 'ISO instant the anomalous period starts.' }),
    periodEnd: z.string().meta({ description: 'ISO instant it ends (exclusive: the end of its last hour or day).' }),
    firstDay: isoDay,
    lastDay: isoDay.meta({ description: 'Last UTC day of the period (inclusive).' }),
    severity,
    impactUsd: amount.meta({
      description:
        'Measured extra cost: actual minus expected at list price, unrounded. Zero for config_risk, whose money at risk is `exposureUsd`.',
    }),
    exposureUsd: amount.nullable().meta({
      description:
        'config_risk only: the worst case a month (every scheduled call failing at the timeout, with every retry) above the last 30 days’ cost. Money at risk, not spent.',
    }),
    explanation: z.string(),
    evidence,
    incidentId: z.number().int().nullable().meta({
      description: 'The incident it belongs to (its root cause or one of its symptoms); its status is the incident’s.',
    }),
    status: anomalyStatus,
    statusBy: z.string().nullable(),
    statusReason: z.string().nullable(),
    statusAt: z.string().nullable(),
    detectedAt: z.string(),
  })
  .meta({ id: 'Anomaly' })

export type AnomalyDto = z.infer<typeof anomalyDto>

export const anomaliesResponse = z
  .object({ from: isoDay, to: isoDay, dataThrough: isoDay.nullable(), anomalies: z.array(anomalyDto) })
  .meta({ id: 'Anomalies' })
export type AnomaliesResponse = z.infer<typeof anomaliesResponse>

export const anomalyContextPoint = z.object({ day: isoDay, costUsd: amount, metric: z.number().nullable() })

export const anomalyDetail = anomalyDto
  .extend({
    context: z.object({
      metricLabel: z
        .string()
        .meta({ description: 'What `metric` is for this kind (errors, throttles, billed hours, keep-warm cost…).' }),
      costLabel: z.string(),
      points: z.array(anomalyContextPoint),
    }),
  })
  .meta({ id: 'AnomalyDetail' })
export type AnomalyDetail = z.infer<typeof anomalyDetail>

export const anomalyIdParams = z.object({ id: idParam })

export const anomalyStatusBody = z
  .object({
    status: anomalyStatus,
    reason: z.string().trim().max(500).default(''),
  })
  .refine((body) => body.status === 'open' || body.reason.length > 0, {
    message: 'say why (required to acknowledge or mute)',
    path: ['reason'],
  })
  .meta({
    id: 'AnomalyStatusChange',
    description:
      'Who made the change is the signed-in caller (the user’s e-mail, or the API token’s name and prefix), never a name typed in.',
  })

export const anomalyOperations = [
  defineOperation({
    method: 'get',
    path: '/api/anomalies',
    permission: 'read',
    summary: 'Anomalies whose period overlaps a date range, with filters',
    tags: ['anomalies'],
    query: anomaliesQuery,
    queryDescriptions: anomaliesQueryDescriptions,
    responses: { 200: { description: 'The anomalies, newest (or largest) first.', schema: anomaliesResponse } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/anomalies/{id}',
    permission: 'read',
    summary: 'One anomaly with the daily series around it (for its chart)',
    tags: ['anomalies'],
    pathParams: anomalyIdParams,
    responses: {
      200: { description: 'The anomaly.', schema: anomalyDetail },
      404: { description: 'No such anomaly.' },
    },
  }),
  defineOperation({
    method: 'patch',
    path: '/api/anomalies/{id}',
    permission: 'anomalies:triage',
    summary: 'Acknowledge, mute or reopen the incident an anomaly belongs to, saying who and why',
    tags: ['anomalies'],
    pathParams: anomalyIdParams,
    body: anomalyStatusBody,
    responses: {
      200: { description: 'The anomaly, with its incident’s new status.', schema: anomalyDto },
      404: { description: 'No such anomaly.' },
    },
  }),
]
