// The Overview route's URL (parsed in the browser too, so no documentation here: see ./overview.ts).
import { z } from 'zod'
import { isoMonth } from './common'

export const overviewQuery = z.object({ month: isoMonth.optional() })
