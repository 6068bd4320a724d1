import { z } from 'zod'
import { ARCHITECTURES } from '@/lib/domain/functions/function-config'
import { defineOperation } from '@/lib/openapi/define-operation'
import { isoDay } from './common'
import { functionIdParams } from './functions'
import { functionSearchQuery } from './simulator-query'



const budget = z.object({ intervalMinutes: z.number(), concurrency: z.number(), pingDurationMs: z.number() })

export const functionWorkloadResponse = z
  .object({
    function: z.object({ id: z.number().int(), name: z.string(), accountId: z.string(), region: z.string() }),
    window: z.object({ from: isoDay, to: isoDay, days: z.number().int() }).nullable().meta({ description: 'The days of daily metrics used; null when the function has none.' }),
    workload: z.object({
      region: z.string(),
      architecture: z.enum(ARCHITECTURES),
      memoryMb: z.number().int(),
      ephemeralStorageMb: z.number().int(),
      requestsPerDay: z.number(),
      avgDurationMs: z.number(),
      p99DurationMs: z.number().optional(),
      hourlyProfile: z.array(z.number()).length(24).optional().meta({ description: 'Average invocations per UTC hour of the day.' }),
      peakConcurrency: z.number().int().optional(),
    }),
    current: z.object({ provisionedConcurrency: z.number().int(), keepWarm: budget.nullable() }),
    notes: z.array(z.string()),
  })
  .meta({ id: 'FunctionWorkload' })

export const functionSearchResponse = z
  .object({ functions: z.array(z.object({ id: z.number().int(), name: z.string(), accountId: z.string(), region: z.string() })) })
  .meta({ id: 'FunctionMatches' })

export const functionWorkloadOperations = [
  defineOperation({
    method: 'get',
    path: '/api/functions/{id}/workload',
    permission: 'read',
    summary: "A function's measured workload in the simulator's terms",
    description: 'Last 30 days of daily metrics, last 14 days of hourly metrics, current configuration and keep-warm budget (whose pings are left out of the traffic).',
    tags: ['simulator'],
    pathParams: functionIdParams,
    responses: { 200: { description: 'The workload, with notes on how it was measured.', schema: functionWorkloadResponse }, 404: { description: 'No function has this id.' } },
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
