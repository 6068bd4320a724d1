// The one place rates are read from: the prices of one region and architecture on one day, parsed once from the
// rate card in force that day. Only lib/domain/pricing may import this module (ESLint); the pricers built on it
// are the API. EC2 instance prices of the region live beside Lambda's, and RDS/Aurora instance prices have their
// place (none carried yet).
import type { Architecture } from '../functions/function-config'
import { Decimal } from '../money'
import { isInitBilled } from './init-billing'
import { MissingRateError } from './missing-rate-error'
import { LAMBDA_METERS, type LambdaMeter } from './lambda-meters'
import { databaseRateEntry, ec2RateEntry, rateCardOn } from './rate-card'
import type { DatabaseInstance, RateCard } from './rate-card-types'

export type PricedTier = { upToGbSeconds: Decimal | null; priceUsd: Decimal }
/** A tier as binary floats, for the break-even search; `upTo` is Infinity for the last tier. */
export type FloatTier = { upTo: number; price: number }

// Rates are parsed once per card: plans of several regions share their Decimals.
const decimals = new Map<string, Decimal>()
function parsed(usd: string): Decimal {
  let value = decimals.get(usd)
  if (!value) decimals.set(usd, (value = new Decimal(usd)))
  return value
}

// Every meter but duration has one rate; duration has tiers.
type SingleRateMeter = Exclude<LambdaMeter, 'duration'>
const SINGLE_RATE_METERS = LAMBDA_METERS.filter((meter): meter is SingleRateMeter => meter !== 'duration')

export class RatePlan {
  readonly cardVersion: string
  /** INIT of on-demand ZIP functions is billed as duration on the plan's day (always, without a day). */
  readonly initBilled: boolean
  readonly initBilledFrom: string
  private readonly single = new Map<SingleRateMeter, { usd: Decimal; float: number }>()
  private readonly tiers: PricedTier[] | null
  private readonly floatTiers: FloatTier[] | null
  /** A missing rate is thrown as the same error each time: a fleet of workloads in one region asks thousands of times. */
  private readonly missing = new Map<string, MissingRateError>()
  /** The region's server prices (EC2, RDS), the same for both architectures. */
  readonly instances: InstancePrices

  constructor(
    readonly region: string,
    readonly architecture: Architecture,
    card: RateCard,
    initBilled: boolean,
  ) {
    this.instances = instancePrices(region, card)
    this.cardVersion = card.version
    this.initBilledFrom = card.initBilling.billedFrom
    this.initBilled = initBilled
    const rates = card.lambda[region]?.[architecture]
    for (const meter of SINGLE_RATE_METERS) {
      const entry = rates?.[meter]
      if (!entry) continue
      const usd = parsed(entry.usd)
      this.single.set(meter, { usd, float: usd.toNumber() })
    }
    const tiers = rates?.durationTiers
    this.tiers = tiers?.length
      ? tiers.map((tier) => ({
          upToGbSeconds: tier.upToGbSeconds === null ? null : parsed(tier.upToGbSeconds),
          priceUsd: parsed(tier.rate.usd),
        }))
      : null
    this.floatTiers =
      this.tiers?.map((tier) => ({
        upTo: tier.upToGbSeconds?.toNumber() ?? Infinity,
        price: tier.priceUsd.toNumber(),
      })) ?? null
  }

  /** USD per unit of the meter (request, GB-s or GB); the tier-1 price for on-demand duration. */
  rate(meter: LambdaMeter): Decimal {
    return meter === 'duration' ? this.durationTiers()[0]!.priceUsd : (this.single.get(meter) ?? this.fail(meter)).usd
  }

  /** The same rate as a binary float, for the break-even search. */
  floatRate(meter: LambdaMeter): number {
    return meter === 'duration'
      ? this.floatDurationTiers()[0]!.price
      : (this.single.get(meter) ?? this.fail(meter)).float
  }

  hasRate(meter: LambdaMeter): boolean {
    return meter === 'duration' ? this.tiers !== null : this.single.has(meter)
  }

  /** Monthly on-demand duration tiers, cheapest last. */
  durationTiers(): PricedTier[] {
    return this.tiers ?? this.fail('duration')
  }

  floatDurationTiers(): FloatTier[] {
    return this.floatTiers ?? this.fail('duration')
  }

  private fail(meter: LambdaMeter): never {
    let error = this.missing.get(meter)
    if (!error)
      this.missing.set(
        meter,
        (error = new MissingRateError(this.region, `${meter} ${this.architecture}`, this.cardVersion)),
      )
    throw error
  }
}

/** On-demand server prices of one region in one card: EC2 instances, and RDS/Aurora instances (none carried yet). */
export class InstancePrices {
  private readonly ec2 = new Map<string, { usd: Decimal; float: number }>()

  constructor(
    readonly region: string,
    private readonly card: RateCard,
  ) {}

  /** On-demand Linux USD per hour of an EC2 instance type. */
  hourly(instanceType: string): Decimal {
    return this.instance(instanceType).usd
  }

  floatHourly(instanceType: string): number {
    return this.instance(instanceType).float
  }

  /** On-demand USD per hour of an RDS or Aurora instance. */
  databaseHourly(instance: DatabaseInstance): Decimal {
    return parsed(databaseRateEntry(this.region, instance, this.card).usd)
  }

  private instance(instanceType: string): { usd: Decimal; float: number } {
    let price = this.ec2.get(instanceType)
    if (!price) {
      const usd = parsed(ec2RateEntry(this.region, instanceType, this.card).usd)
      this.ec2.set(instanceType, (price = { usd, float: usd.toNumber() }))
    }
    return price
  }
}

const instancesByCard = new Map<RateCard, Map<string, InstancePrices>>()
function instancePrices(region: string, card: RateCard): InstancePrices {
  let byRegion = instancesByCard.get(card)
  if (!byRegion) instancesByCard.set(card, (byRegion = new Map()))
  let prices = byRegion.get(region)
  if (!prices) byRegion.set(region, (prices = new InstancePrices(region, card)))
  return prices
}

/** The server prices of `region` on `day` (without it, today's card). */
export function regionInstancePrices(region: string, day?: string): InstancePrices {
  return instancePrices(region, rateCardOn(day))
}

// By region, architecture, card, then whether INIT is billed: the estimates ask once per function and day.
const plans = new Map<string, Map<Architecture, Map<RateCard, RatePlan[]>>>()

/** The rate plan for `region` and `architecture` on `day` (YYYY-MM-DD; without it, today's card and rules). */
export function ratePlan(region: string, architecture: Architecture, day?: string): RatePlan {
  const card = rateCardOn(day)
  const initBilled = isInitBilled(day)
  let byArchitecture = plans.get(region)
  if (!byArchitecture) plans.set(region, (byArchitecture = new Map()))
  let byCard = byArchitecture.get(architecture)
  if (!byCard) byArchitecture.set(architecture, (byCard = new Map()))
  let pair = byCard.get(card)
  if (!pair) byCard.set(card, (pair = []))
  return (pair[initBilled ? 1 : 0] ??= new RatePlan(region, architecture, card, initBilled))
}
