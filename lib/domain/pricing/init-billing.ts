import { RATE_CARD } from './rate-card'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Whether INIT of on-demand ZIP functions is billed for usage on `usageDate` (YYYY-MM-DD). Without a date the
 * card's current rule applies, which bills it (AWS standardised INIT billing on 2025-08-01).
 */
export function isInitBilled(usageDate?: string): boolean {
  if (usageDate === undefined) return true
  if (!ISO_DATE.test(usageDate)) throw new RangeError(`usageDate must be YYYY-MM-DD, got "${usageDate}"`)
  return usageDate >= RATE_CARD.initBilling.billedFrom
}
