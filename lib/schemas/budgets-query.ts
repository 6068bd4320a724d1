// The keep-warm budgets route's URL (parsed in the browser too, so no documentation here: see ./budgets.ts).
import { z } from 'zod'
import { isoMonth } from './common'

export const budgetsQuery = z.object({ month: isoMonth.optional() })
