// The holidays route's URL (no documentation here: it is described beside the operation in ./holidays.ts).
import { z } from 'zod'

/** Years of the supported calendar (lib/domain/calendar). */
export const holidaysQuery = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, 'expected a year as YYYY')
    .transform(Number)
    .pipe(
      z.number().int().min(2000, 'expected a year from 2000 to 2099').max(2099, 'expected a year from 2000 to 2099'),
    ),
})
