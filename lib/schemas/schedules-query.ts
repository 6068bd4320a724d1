// The schedule plan's URL: two inclusive local dates (parsed in the browser too, so no documentation here: the
// parameters are described beside the operation in ./schedules.ts). The plan's own length limit is the domain's.
import { z } from 'zod'
import { idParam, isoDay, isoMonth } from './common'

export const schedulePlanQuery = z.object({ from: isoDay, to: isoDay })

/** The month of a schedule's savings. */
export const scheduleSavingsQuery = z.object({ month: isoMonth })

/** The Schedules page: the schedule shown (default: the first by name). */
export const schedulesPageQuery = z.object({ id: idParam.optional() })

/** The day of a warning's extension link: the schedule's local date whose stop it extends. */
export const extendLinkQuery = z.object({ date: isoDay })

/** The page a warning's link opens: its signed token. */
export const extendPageQuery = z.object({ token: z.string().min(1).max(2000) })
