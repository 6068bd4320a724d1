// `GET /api/exports/functions.csv`'s URL (no documentation here: see ./exports.ts). costs.csv takes ./costs-query.ts.
import { z } from 'zod'
import { isoMonth } from './common'

export const functionsCsvQuery = z.strictObject({ month: isoMonth })
