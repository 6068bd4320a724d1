// What the rate card offers, for forms, validation and provenance notes: regions, instance types and their
// sizes, each price's source and status, and an instance's hourly price as display text. Nothing here is a
// rate to compute with; amounts come from the pricers.
import type { Architecture } from '../functions/function-config'
import { toAmountString } from '../money'
import { ec2RateEntry, RATE_CARD, RATE_CARD_VERSION } from './rate-card'
import type { Ec2InstanceSpec, RateStatus } from './rate-card-types'
import { ratePlan, regionInstancePrices } from './rate-plan'
import type { LambdaMeter } from './types'

export { RATE_CARD_VERSION }

export type RateProvenance = { source: string; status: RateStatus; note?: string }

export type Ec2Offer = Ec2InstanceSpec & { instanceType: string; hourlyUsd: string } & RateProvenance

/** Regions with Lambda rates in the card. */
export function lambdaRegions(): string[] {
  return Object.keys(RATE_CARD.lambda)
}

export function hasLambdaRate(region: string, architecture: Architecture, meter: LambdaMeter): boolean {
  return ratePlan(region, architecture).hasRate(meter)
}

export function ec2InstanceSpec(instanceType: string): Ec2InstanceSpec | undefined {
  return RATE_CARD.ec2Instances[instanceType]
}

export function ec2Provenance(region: string, instanceType: string): RateProvenance {
  const { source, status, note } = ec2RateEntry(region, instanceType)
  return note === undefined ? { source, status } : { source, status, note }
}

/** Instance types priced in `region`, in the card's order, with their size and price for display; none where the card has no instance prices. */
export function ec2Offers(region: string): Ec2Offer[] {
  const prices = RATE_CARD.ec2Hourly[region] ?? {}
  return Object.keys(prices).map((instanceType) => ({
    instanceType,
    ...RATE_CARD.ec2Instances[instanceType]!,
    hourlyUsd: toAmountString(regionInstancePrices(region).hourly(instanceType)),
    ...ec2Provenance(region, instanceType),
  }))
}

/** The cheapest instance type in `region` with at least `vcpus` and `memoryGib`; null when none is that large. */
export function cheapestInstanceFitting(
  region: string,
  { vcpus, memoryGib }: Pick<Ec2InstanceSpec, 'vcpus' | 'memoryGib'>,
): string | null {
  const prices = regionInstancePrices(region)
  const fitting = ec2Offers(region)
    .filter((offer) => offer.vcpus >= vcpus && offer.memoryGib >= memoryGib)
    .sort((x, y) => prices.hourly(x.instanceType).comparedTo(prices.hourly(y.instanceType)))
  return fitting[0]?.instanceType ?? null
}
