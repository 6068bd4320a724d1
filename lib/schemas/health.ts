import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'

export const healthResponse = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({
      status: z.enum(['up', 'down']),
      latencyMs: z.number().optional(),
      message: z.string().optional(),
    }),
    checkedAt: z.string(),
  })
  .meta({ id: 'Health' })

export type HealthResponse = z.infer<typeof healthResponse>

export const healthOperations = [
  defineOperation({
    method: 'get',
    path: '/api/health',
    permission: 'public',
    summary: 'Liveness and database status',
    tags: ['system'],
    responses: {
      200: { description: 'The app and its database are up.', schema: healthResponse },
      503: { description: 'The database cannot be reached.', schema: healthResponse },
    },
  }),
]
