// The schedule plan's URL: two inclusive local dates (parsed in the browser too, so no documentation here: the
// parameters are described beside the operation in ./schedules.ts). The plan's own length limit is the domain's.
import { z } from 'zod'
import { isoDay } from './common'

export const schedulePlanQuery = z.object({ from: isoDay, to: isoDay })
