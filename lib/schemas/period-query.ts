// The period any page's URL names (parsed in the browser, for the navigation): a month or a range of days. Other
// parameters are the page's own and are left out.
import { z } from 'zod'
import { isoDay, isoMonth } from './common'

export const periodQuery = z.object({ month: isoMonth.optional(), from: isoDay.optional(), to: isoDay.optional() })
