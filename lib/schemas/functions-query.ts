// The Functions routes' URLs: the list and one function (parsed in the browser too, so no documentation here: the
// parameters are described beside the operations in ./functions.ts).
import { z } from 'zod'
import { accountId, checkDayRange, isoDay, regionCode } from './common'

const range = { from: isoDay.optional(), to: isoDay.optional() }

export const functionsQuery = z
  .object({
    ...range,
    accountId: accountId.optional(),
    region: regionCode.optional(),
    q: z.string().trim().max(100).optional(),
    sort: z.enum(['cost', 'change', 'errors', 'name']).optional(),
    order: z.enum(['desc', 'asc']).optional(),
  })
  .superRefine(checkDayRange())

export const functionDetailQuery = z.object({ ...range, granularity: z.enum(['day', 'hour']).default('day') }).superRefine(checkDayRange())
