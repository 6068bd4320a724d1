// The Functions routes' URLs: the list and one function (parsed in the browser too, so no documentation here: the
// parameters are described beside the operations in ./functions.ts).
import { z } from 'zod'
import { accountId, checkDayRange, isoDay, isoMonth, regionCode } from './common'

// The period: a month (as the Overview picks it) or a range of days, not both.
const range = { month: isoMonth.optional(), from: isoDay.optional(), to: isoDay.optional() }

function checkPeriod(query: { month?: string; from?: string; to?: string }, context: z.RefinementCtx) {
  if (query.month !== undefined && (query.from !== undefined || query.to !== undefined)) {
    context.addIssue({ code: 'custom', path: ['month'], message: 'give a `month` or a range (`from`, `to`), not both' })
    return
  }
  checkDayRange()(query, context)
}

export const functionsQuery = z
  .object({
    ...range,
    accountId: accountId.optional(),
    region: regionCode.optional(),
    q: z.string().trim().max(100).optional(),
    sort: z.enum(['cost', 'change', 'errors', 'name']).optional(),
    order: z.enum(['desc', 'asc']).optional(),
  })
  .superRefine(checkPeriod)

export const functionDetailQuery = z
  .object({ ...range, granularity: z.enum(['day', 'hour']).default('day'), budgetMonth: isoMonth.optional() })
  .superRefine(checkPeriod)
