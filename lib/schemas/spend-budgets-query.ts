// The spend budgets' URL (parsed in the browser too, so no documentation here: see ./spend-budgets.ts).
import { z } from 'zod'
import { isoMonth } from './common'

export const spendBudgetsQuery = z.object({ month: isoMonth.optional() })
