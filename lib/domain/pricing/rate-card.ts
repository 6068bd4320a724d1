import { Decimal } from '../money'
import { MissingRateError } from './missing-rate-error'
import { RATE_CARD_2026_08_01 } from './rate-card-2026-08-01'
import type { Rate, RateCard } from './rate-card-types'
import type { Architecture, LambdaMeter } from './types'

export type { Rate, RateCard, RateStatus, DurationTier, Ec2InstanceSpec } from './rate-card-types'
export { MissingRateError } from './missing-rate-error'

export const RATE_CARD: RateCard = RATE_CARD_2026_08_01
export const RATE_CARD_VERSION: string = RATE_CARD.version

export type PricedTier = { upToGbSeconds: Decimal | null; priceUsd: Decimal }

// Rates are parsed once: the simulator prices thousands of workloads per request.
const decimals = new Map<string, Decimal>()
function parsed(usd: string): Decimal {
  let value = decimals.get(usd)
  if (!value) decimals.set(usd, (value = new Decimal(usd)))
  return value
}

/** The card's entry (price, source, status) for a Lambda meter; for duration, the tier-1 entry. */
export function lambdaRateEntry(region: string, architecture: Architecture, meter: LambdaMeter): Rate {
  const rates = RATE_CARD.lambda[region]?.[architecture]
  const entry = meter === 'duration' ? rates?.durationTiers?.[0]?.rate : rates?.[meter]
  if (!entry) throw new MissingRateError(region, `${meter} ${architecture}`, RATE_CARD_VERSION)
  return entry
}

/** USD per unit of the meter (request, GB-s or GB); tier-1 price for on-demand duration. */
export function lambdaRate(region: string, architecture: Architecture, meter: LambdaMeter): Decimal {
  return parsed(lambdaRateEntry(region, architecture, meter).usd)
}

// By region, then architecture: no key string to build on each of the simulator's thousands of lookups.
const tierCache = new Map<string, Map<Architecture, PricedTier[]>>()

/** Monthly on-demand duration tiers for one region and architecture, cheapest last. */
export function durationTiers(region: string, architecture: Architecture): PricedTier[] {
  const cached = tierCache.get(region)?.get(architecture)
  if (cached) return cached
  const tiers = RATE_CARD.lambda[region]?.[architecture]?.durationTiers
  if (!tiers?.length) throw new MissingRateError(region, `duration ${architecture}`, RATE_CARD_VERSION)
  const priced = tiers.map((tier) => ({
    upToGbSeconds: tier.upToGbSeconds === null ? null : parsed(tier.upToGbSeconds),
    priceUsd: parsed(tier.rate.usd),
  }))
  let byArchitecture = tierCache.get(region)
  if (!byArchitecture) tierCache.set(region, (byArchitecture = new Map()))
  byArchitecture.set(architecture, priced)
  return priced
}

export function ec2RateEntry(region: string, instanceType: string): Rate {
  const entry = RATE_CARD.ec2Hourly[region]?.[instanceType]
  if (!entry || !RATE_CARD.ec2Instances[instanceType]) {
    throw new MissingRateError(region, `EC2 ${instanceType}`, RATE_CARD_VERSION)
  }
  return entry
}

/** On-demand Linux USD per hour. */
export function ec2HourlyRate(region: string, instanceType: string): Decimal {
  return parsed(ec2RateEntry(region, instanceType).usd)
}

export function ec2InstanceTypes(
  region: string,
): { instanceType: string; vcpus: number; memoryGib: number; hourlyUsd: Decimal }[] {
  const prices = RATE_CARD.ec2Hourly[region]
  if (!prices) throw new MissingRateError(region, 'EC2 instances', RATE_CARD_VERSION)
  return Object.keys(prices).map((instanceType) => ({
    instanceType,
    ...RATE_CARD.ec2Instances[instanceType]!,
    hourlyUsd: ec2HourlyRate(region, instanceType),
  }))
}

/** Regions with Lambda rates in the card. */
export function lambdaRegions(): string[] {
  return Object.keys(RATE_CARD.lambda)
}

/** Every rate whose status is not verified, for display next to results that use them. */
export function unverifiedRates(): { item: string; rate: Rate }[] {
  const found: { item: string; rate: Rate }[] = []
  for (const [region, byArchitecture] of Object.entries(RATE_CARD.lambda)) {
    for (const [architecture, rates] of Object.entries(byArchitecture)) {
      rates.durationTiers?.forEach((tier, index) => found.push({ item: `${region} ${architecture} duration tier ${index + 1}`, rate: tier.rate }))
      for (const [meter, entry] of Object.entries(rates)) {
        if (meter !== 'durationTiers') found.push({ item: `${region} ${architecture} ${meter}`, rate: entry as Rate })
      }
    }
  }
  for (const [region, prices] of Object.entries(RATE_CARD.ec2Hourly)) {
    for (const [instanceType, entry] of Object.entries(prices)) found.push({ item: `${region} EC2 ${instanceType}`, rate: entry })
  }
  return found.filter(({ rate }) => rate.status !== 'verified')
}
