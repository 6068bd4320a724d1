import { rateCardOn } from './rate-card'

/**
 * Whether INIT of on-demand ZIP functions is billed for usage on `usageDate` (YYYY-MM-DD). Without a date the
 * card's current rule applies, which bills it (AWS standardised INIT billing on 2025-08-01).
 */
export function isInitBilled(usageDate?: string): boolean {
  const card = rateCardOn(usageDate)
  return usageDate === undefined || usageDate >= card.initBilling.billedFrom
}

/** The first day INIT of on-demand ZIP functions is billed, for assumptions and formulas. */
export function initBilledFrom(): string {
  return rateCardOn().initBilling.billedFrom
}
