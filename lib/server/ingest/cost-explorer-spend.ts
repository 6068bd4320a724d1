// The daily Cost Explorer spending cap (FINOPS_CE_MAX_USD_PER_DAY): what a refused run throws. Today's spending is
// read in lib/server/stored/cost-explorer-spend.ts.
import 'server-only'
import { AppError } from '@/lib/server/http/app-error'

/** A run refused because it would go over the daily cap (429: try later, or ask for less). */
export class DailySpendCapError extends AppError {
  constructor(message: string) {
    super('too_many_requests', message)
  }
}
