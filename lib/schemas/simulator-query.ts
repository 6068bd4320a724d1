// The simulator's URLs: the function picker's (`GET /api/simulator/functions`) and the measured workload's window
// (`GET /api/functions/{id}/workload` and the page); no documentation here: see ./function-workload.ts.
import { z } from 'zod'
import { checkDayRange, isoDay } from './common'

export const functionSearchQuery = z.object({
  search: z.string().max(200, '`search` may have at most 200 characters').optional(),
  limit: z.coerce
    .number()
    .int('`limit` must be a whole number')
    .min(1, '`limit` must be at least 1')
    .max(100, '`limit` must be at most 100')
    .default(20),
})

/** Which days a function's measured workload covers and whether days of its open incidents count. */
export const workloadWindowFields = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  anomalyDays: z.enum(['exclude', 'include']).default('exclude'),
}

export const functionWorkloadQuery = z.object(workloadWindowFields).superRefine(checkDayRange())
