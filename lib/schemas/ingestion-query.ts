// The Ingestion routes' URLs: the reconciliation's months, the run list's length and an uploaded file's name
// (parsed in the browser too, so no documentation here: the parameters are described beside their operations).
import { z } from 'zod'
import { isoMonth } from './common'

export const reconciliationQuery = z
  .object({ from: isoMonth.optional(), to: isoMonth.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] })

export const ingestionRunsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) })

export const importQuery = z.object({
  fileName: z.string().trim().min(1).max(255).meta({ example: 'focus-2026-10.csv.gz' }),
})
