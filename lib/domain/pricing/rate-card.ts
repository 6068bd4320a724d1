// The rate cards and their entries (price text, source, status). Only lib/domain/pricing may import this module
// (ESLint): everything else prices through the pricers, which read rates from a rate plan (rate-plan.ts).
import { MissingRateError } from './missing-rate-error'
import { RATE_CARD_2026_08_01 } from './rate-cards/2026-08-01'
import type { DatabaseInstance, Rate, RateCard } from './rate-card-types'

/** Every card, oldest first. */
const RATE_CARDS: readonly RateCard[] = [RATE_CARD_2026_08_01]

/** The card in force today: the newest. */
export const RATE_CARD: RateCard = RATE_CARDS.at(-1)!
export const RATE_CARD_VERSION: string = RATE_CARD.version

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The card in force on `day` (YYYY-MM-DD): the newest whose effective date is not after it. Days before the
 * first card are priced with the first (the product has no older prices); without a day, the current card.
 */
export function rateCardOn(day?: string): RateCard {
  if (day === undefined) return RATE_CARD
  if (!ISO_DATE.test(day)) throw new RangeError(`usageDate must be YYYY-MM-DD, got "${day}"`)
  let card = RATE_CARDS[0]!
  for (const candidate of RATE_CARDS) if (candidate.effectiveDate <= day) card = candidate
  return card
}

export function ec2RateEntry(region: string, instanceType: string, card: RateCard = RATE_CARD): Rate {
  const entry = card.ec2Hourly[region]?.[instanceType]
  if (!entry || !card.ec2Instances[instanceType])
    throw new MissingRateError(region, `EC2 ${instanceType}`, card.version)
  return entry
}

export function databaseRateEntry(region: string, instance: DatabaseInstance, card: RateCard = RATE_CARD): Rate {
  const entry = card.databaseHourly[region]?.[instance.engine]?.[instance.deployment]?.[instance.instanceClass]
  if (!entry)
    throw new MissingRateError(
      region,
      `RDS ${instance.engine} ${instance.deployment} ${instance.instanceClass}`,
      card.version,
    )
  return entry
}

/** Every rate whose status is not verified, for display next to results that use them. */
export function unverifiedRates(card: RateCard = RATE_CARD): { item: string; rate: Rate }[] {
  const found: { item: string; rate: Rate }[] = []
  for (const [region, byArchitecture] of Object.entries(card.lambda)) {
    for (const [architecture, rates] of Object.entries(byArchitecture)) {
      rates.durationTiers?.forEach((tier, index) =>
        found.push({ item: `${region} ${architecture} duration tier ${index + 1}`, rate: tier.rate }),
      )
      for (const [meter, entry] of Object.entries(rates)) {
        if (meter !== 'durationTiers') found.push({ item: `${region} ${architecture} ${meter}`, rate: entry as Rate })
      }
    }
  }
  for (const [region, prices] of Object.entries(card.ec2Hourly)) {
    for (const [instanceType, entry] of Object.entries(prices))
      found.push({ item: `${region} EC2 ${instanceType}`, rate: entry })
  }
  for (const [region, engines] of Object.entries(card.databaseHourly)) {
    for (const [engine, deployments] of Object.entries(engines)) {
      for (const [deployment, classes] of Object.entries(deployments)) {
        for (const [instanceClass, entry] of Object.entries(classes))
          found.push({ item: `${region} RDS ${engine} ${deployment} ${instanceClass}`, rate: entry })
      }
    }
  }
  return found.filter(({ rate }) => rate.status !== 'verified')
}
