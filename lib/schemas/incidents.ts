import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { anomalyDto, anomalyStatusBody } from './anomalies'
import { anomalyStatus, severity } from './anomalies-query'
import { accountName, amount, idParam, isoDay } from './common'
import { incidentsQuery } from './incidents-query'

const incidentsQueryDescriptions = {
  from: 'First day (inclusive). Default: 90 days before `to`.',
  to: 'Last day (inclusive). Default: the last day with data.',
  kind: 'Only incidents with an anomaly of these kinds, as root cause or symptom (repeat the parameter for several).',
  minSeverity: 'Only this severity or worse.',
  functionId: 'Only incidents with an anomaly of this function.',
  status: 'Only incidents in this state. Default: all.',
  sort: 'Largest measured extra cost first (default), largest worst-case exposure first, or newest first.',
}

export const incidentDto = z
  .object({
    id: z.number().int(),
    accountId: z.string(),
    accountName,
    severity: severity.meta({ description: 'The worst of its anomalies’ severities.' }),
    extraCostUsd: amount.meta({
      description:
        'Measured extra cost, counted once: the largest of its anomalies’ (each measures the same money from its own angle), never their sum.',
    }),
    exposureUsd: amount.nullable().meta({
      description:
        'For a configuration risk: its worst case a month above recent cost (money at risk, not spent). Null otherwise.',
    }),
    periodStart: z.string(),
    periodEnd: z.string().meta({ description: 'Exclusive.' }),
    firstDay: isoDay,
    lastDay: isoDay,
    root: anomalyDto.meta({ description: 'The root cause: the anomaly that explains the others.' }),
    symptoms: z.array(anomalyDto).meta({
      description:
        'The other anomalies of the same story (the same money seen by other detectors, on the bill, in keep-warm pings…).',
    }),
    status: anomalyStatus,
    statusBy: z.string().nullable(),
    statusReason: z.string().nullable(),
    statusAt: z.string().nullable(),
    detectedAt: z.string().meta({ description: 'When its first anomaly was first detected.' }),
  })
  .meta({ id: 'Incident' })
export type IncidentDto = z.infer<typeof incidentDto>

export const incidentsResponse = z
  .object({ from: isoDay, to: isoDay, dataThrough: isoDay.nullable(), incidents: z.array(incidentDto) })
  .meta({ id: 'Incidents' })
export type IncidentsResponse = z.infer<typeof incidentsResponse>

export const incidentIdParams = z.object({ id: idParam })

export const incidentOperations = [
  defineOperation({
    method: 'get',
    path: '/api/incidents',
    permission: 'read',
    summary:
      'Incidents (anomalies that share a function and overlapping days, root cause first) in a date range, with filters',
    tags: ['anomalies'],
    query: incidentsQuery,
    queryDescriptions: incidentsQueryDescriptions,
    responses: {
      200: {
        description: 'The incidents, largest extra cost (or exposure, or newest) first.',
        schema: incidentsResponse,
      },
    },
  }),
  defineOperation({
    method: 'patch',
    path: '/api/incidents/{id}',
    permission: 'anomalies:triage',
    summary: 'Acknowledge, mute or reopen an incident, saying who and why',
    tags: ['anomalies'],
    pathParams: incidentIdParams,
    body: anomalyStatusBody,
    responses: {
      200: { description: 'The updated incident.', schema: incidentDto },
      404: { description: 'No such incident.' },
    },
  }),
]
