// The rate plan as binary floats, for the simulator's break-even search only: it compares costs thousands of
// times per workload to locate a crossing, where a 1e-16 relative error is far below the search's resolution.
// The rules are ModelledLedger's (free tier drawn in order, one tier ladder); every amount the simulator
// reports is priced exactly by it.
import { LAMBDA_FREE_TIER } from './free-tier'
import type { Architecture } from '../functions/function-config'
import { ratePlan, regionInstancePrices, type FloatTier } from './rate-plan'

const FREE_REQUESTS = LAMBDA_FREE_TIER.requests.toNumber()
const FREE_GB_SECONDS = LAMBDA_FREE_TIER.gbSeconds.toNumber()

/**
 * One strategy's Lambda bill in floats. Throws MissingRateError when built for a meter the card lacks: requests
 * and duration always, provisioned concurrency and ephemeral storage only when the strategy uses them.
 */
export class FloatLambdaPricer {
  private readonly request: number
  private readonly tiers: FloatTier[]
  private readonly firstTierEnd: number
  private readonly firstTierPrice: number
  private readonly provisioned: number
  private readonly provisionedDuration: number
  private readonly storage: number
  private freeRequests = 0
  private freeGbSeconds = 0
  private position = 0

  constructor(region: string, architecture: Architecture, uses: { provisioned: boolean; storage: boolean }) {
    const plan = ratePlan(region, architecture)
    this.request = plan.floatRate('request')
    this.tiers = plan.floatDurationTiers()
    this.firstTierEnd = this.tiers[0]!.upTo
    this.firstTierPrice = this.tiers[0]!.price
    this.provisioned = uses.provisioned ? plan.floatRate('provisioned_concurrency') : 0
    this.provisionedDuration = uses.provisioned ? plan.floatRate('provisioned_duration') : 0
    this.storage = uses.storage ? plan.floatRate('ephemeral_storage') : 0
  }

  /** Starts a bill: the whole free tier when it is included, the bottom of the tier ladder. */
  start(includeFreeTier: boolean): void {
    this.freeRequests = includeFreeTier ? FREE_REQUESTS : 0
    this.freeGbSeconds = includeFreeTier ? FREE_GB_SECONDS : 0
    this.position = 0
  }

  /** One Lambda component (ModelledLambdaUsage's fields), drawing on the free tier and tier ladder left by earlier ones. */
  lambda(
    requests: number,
    duration: number,
    init: number,
    provisioned: number,
    provisionedDuration: number,
    storage: number,
  ): number {
    const freeRequests = Math.min(this.freeRequests, requests)
    this.freeRequests -= freeRequests
    let total = (requests - freeRequests) * this.request
    total += this.duration(duration)
    total += this.duration(init)
    total += provisioned * this.provisioned + provisionedDuration * this.provisionedDuration
    return total + storage * this.storage
  }

  private duration(gbSeconds: number): number {
    const free = Math.min(this.freeGbSeconds, gbSeconds)
    this.freeGbSeconds -= free
    const billable = gbSeconds - free
    const start = this.position
    this.position += billable
    // Nearly always within the first tier (6 billion GB-s a month or more).
    if (start + billable <= this.firstTierEnd) return billable * this.firstTierPrice
    let cost = 0
    let from = 0
    for (const tier of this.tiers) {
      const overlap = Math.min(tier.upTo, start + billable) - Math.max(from, start)
      if (overlap > 0) cost += overlap * tier.price
      from = tier.upTo
    }
    return cost
  }
}

/** On-demand Linux USD per hour of an EC2 instance type as a float; throws MissingRateError when not priced. */
export function floatInstanceHourly(region: string, instanceType: string): number {
  return regionInstancePrices(region).floatHourly(instanceType)
}
