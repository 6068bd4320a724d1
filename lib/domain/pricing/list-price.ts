import type { Architecture } from '../functions/function-config'
import { type Decimal, type DecimalInput, toDecimal } from '../money'
import { ratePlan } from './rate-plan'
import type { LambdaMeter } from './types'

/**
 * Prices quantities of one Lambda meter at list price (tier 1 for duration), with no free tier: what a billed
 * line or a measured quantity is worth, for reconciliation, the usage-type detectors and keep-warm days. Throws
 * MissingRateError when the card has no rate for the meter.
 */
export function listPricer(
  region: string,
  architecture: Architecture,
  meter: LambdaMeter,
  day?: string,
): (quantity: DecimalInput) => Decimal {
  const rate = ratePlan(region, architecture, day).rate(meter)
  return (quantity) => toDecimal(quantity).times(rate)
}
