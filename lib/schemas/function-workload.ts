import { z } from 'zod'
import { ARCHITECTURES } from '@/lib/domain/functions/function-config'
import { defineOperation } from '@/lib/openapi/define-operation'
import { accountName, isoDay } from './common'
import { functionIdParams } from './functions'
import { functionSearchQuery, functionWorkloadQuery } from './simulator-query'

const budget = z.object({ intervalMinutes: z.number(), concurrency: z.number(), pingDurationMs: z.number() })

export const functionWorkloadResponse = z
  .object({
    function: z.object({
      id: z.number().int(),
      name: z.string(),
      accountId: z.string(),
      accountName,
      region: z.string(),
    }),
    window: z
      .object({ from: isoDay, to: isoDay, days: z.number().int() })
      .nullable()
      .meta({ description: 'The days of daily metrics used; null when the function has none.' }),
    workload: z.object({
      region: z.string(),
      architecture: z.enum(ARCHITECTURES),
      memoryMb: z.number().int(),
      ephemeralStorageMb: z.number().int(),
      requestsPerDay: z.number(),
      avgDurationMs: z.number(),
      p99DurationMs: z.number().optional(),
      hourlyProfile: z
        .array(z.number())
        .length(24)
        .optional()
        .meta({ description: 'Average invocations per UTC hour of the day.' }),
      peakConcurrency: z.number().int().optional(),
    }),
    anomalyDays: z
      .object({
        mode: z.enum(['exclude', 'include']),
        days: z.array(isoDay).meta({
          description:
            'Days of the window covered by open incidents, ascending; left out of the workload when `mode` is exclude.',
        }),
        anomalies: z
          .array(z.object({ kind: z.string(), label: z.string(), from: isoDay, to: isoDay }))
          .meta({ description: 'The anomalies behind those days, clipped to the window.' }),
      })
      .meta({ description: 'Which days of open incidents the window has and whether they were left out.' }),
    current: z.object({ provisionedConcurrency: z.number().int(), keepWarm: budget.nullable() }),
    notes: z.array(z.string()),
  })
  .meta({ id: 'FunctionWorkload' })

export const functionSearchResponse = z
  .object({
    functions: z.array(
      z.object({ id: z.number().int(), name: z.string(), accountId: z.string(), accountName, region: z.string() }),
    ),
  })
  .meta({ id: 'FunctionMatches' })

export const functionWorkloadOperations = [
  defineOperation({
    method: 'get',
    path: '/api/functions/{id}/workload',
    permission: 'read',
    summary: "A function's measured workload in the simulator's terms",
    description:
      'Daily and hourly metrics over a window of days (by default the last 30 with data), without the days of open incidents unless `anomalyDays=include`; current configuration and keep-warm budget (whose pings are left out of the traffic).',
    tags: ['simulator'],
    pathParams: functionIdParams,
    query: functionWorkloadQuery,
    queryDescriptions: {
      from: 'First day measured (inclusive). Default: 29 days before `to`.',
      to: 'Last day measured (inclusive). Default: the function’s last day with metrics.',
      anomalyDays:
        'Leave out (`exclude`, the default) or `include` the days covered by the function’s open incidents (configuration risks excepted): they measure an incident, not the workload.',
    },
    responses: {
      200: {
        description: 'The workload, with notes on how it was measured and which days were left out.',
        schema: functionWorkloadResponse,
      },
      400: { description: 'A bad `from`, `to` or `anomalyDays`; the message names it.' },
      404: { description: 'No function has this id.' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/simulator/functions',
    permission: 'read',
    summary: 'Find functions by name for the simulator’s picker',
    tags: ['simulator'],
    query: functionSearchQuery,
    queryDescriptions: { search: 'Part of the function name, any case.' },
    responses: { 200: { description: 'Matching functions, by name.', schema: functionSearchResponse } },
  }),
]

export type FunctionMatches = z.infer<typeof functionSearchResponse>
