// The function picker's URL (`GET /api/simulator/functions`; no documentation here: see ./function-workload.ts).
import { z } from 'zod'

export const functionSearchQuery = z.object({
  search: z.string().max(200, '`search` may have at most 200 characters').optional(),
  limit: z.coerce.number().int('`limit` must be a whole number').min(1, '`limit` must be at least 1').max(100, '`limit` must be at most 100').default(20),
})
