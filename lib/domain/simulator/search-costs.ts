import type { FloatLambdaPricer } from '../pricing/float-pricer'
import { ec2Hours } from './model-ec2'
import { keepWarmSchedule } from './model-keep-warm'
import * as terms from './search-cold-start-terms'
import { searchPricer } from './search-pricers'
import type { SimulationContext } from './simulation-context'
import type { StrategyName } from './types'

// Module-local, not read through the module system on every use (see search-cold-start-terms.ts).
const searchColdStartTerms = terms.searchColdStartTerms
const TERM_SLOTS = terms.TERM_SLOTS

// Plain arrays, not typed ones: a Float64Array costs ~1 µs to create, more than a quiet workload's whole search.
function zeros(length: number): number[] {
  const values: number[] = []
  for (let index = 0; index < length; index++) values.push(0)
  return values
}

/**
 * Float cost of each strategy at any traffic level, for the break-even search: the model of model-*.ts priced by
 * float pricers of the same rate plan (free tier to traffic then pings, one tier ladder), evaluated into buffers made once
 * per workload, since the search evaluates ~25 traffic levels per workload and a fleet has thousands.
 * It agrees with the exact prices to 1e-9 (property test); every amount the simulator reports is priced exactly.
 */
export class SearchCosts {
  readonly strategies: readonly StrategyName[]
  private readonly costs: number[]
  /** Per strategy: its float Lambda bill, or null for EC2 (a fixed cost). */
  private readonly pricers: (FloatLambdaPricer | null)[] = []
  /** Per share plan: share of daily requests, hours a day, warm levels, first slot in `terms`, keep-warm slot. */
  private readonly shares: number[] = []
  private readonly hours: number[] = []
  private readonly levels: (readonly number[])[] = []
  private readonly firstSlot: number[] = []
  private readonly keepWarmSlot: number[] = []
  private readonly terms: number[]
  /** Requests in one hour of each plan at the traffic level being evaluated. */
  private readonly perHour: number[] = []
  private readonly free: boolean
  private readonly ec2Cost: number
  private readonly provisionedGbSeconds: number
  private readonly pings: {
    count: number
    seconds: number
    initSeconds: number
    unprotected: number
    findReclaimed: boolean
    interval: number
  }
  /** At the traffic level being evaluated, gathered in the pass that computes the terms: cold starts a day. */
  private coldAllPerDay = 0
  private keepWarmColdPerDay = 0
  private coldPingsPerDay = 0

  constructor(
    private readonly context: SimulationContext,
    strategies: readonly StrategyName[],
  ) {
    const { plans, input } = context
    this.strategies = strategies
    this.costs = zeros(strategies.length)
    let ec2Hourly = 0
    for (const strategy of strategies) {
      const pricer = searchPricer(context, strategy)
      if (typeof pricer === 'number') ec2Hourly = pricer
      this.pricers.push(typeof pricer === 'number' ? null : pricer)
    }
    let slots = 0
    for (const plan of plans) {
      this.shares.push(plan.share)
      this.hours.push(plan.hours)
      this.levels.push(plan.levels)
      this.firstSlot.push(slots)
      this.keepWarmSlot.push(slots + TERM_SLOTS * plan.keepWarmLevel)
      this.perHour.push(0)
      slots += TERM_SLOTS * plan.levels.length
    }
    this.terms = zeros(slots)
    this.free = input.includeFreeTier
    this.ec2Cost = strategies.includes('ec2') ? ec2Hours(context) * ec2Hourly : 0
    this.provisionedGbSeconds = context.provisionedHours * 3600 * context.gb
    const keepWarm = input.strategies.keep_warm ?? { intervalMinutes: 1, concurrency: 0, pingDurationMs: 0 }
    const schedule = keepWarmSchedule(context, keepWarm)
    this.pings = {
      count: schedule.pings,
      seconds: (schedule.pings * schedule.billedMs) / 1000,
      initSeconds: schedule.billedInitSeconds,
      unprotected: schedule.unprotected,
      findReclaimed: schedule.pingsFindReclaimed,
      interval: keepWarm.intervalMinutes,
    }
  }

  /**
   * Costs in the order of `strategies`; the array is reused by the next call. On-demand and keep-warm cold starts
   * are summed in the same pass over the share plans as their terms (one pass, not one per strategy).
   */
  at(requestsPerDay: number): number[] {
    const { durationSeconds, idleSeconds } = this.context
    const { unprotected, findReclaimed, interval } = this.pings
    let coldAllPerDay = 0
    let keepWarmColdPerDay = 0
    let coldPingsPerDay = 0
    for (let plan = 0; plan < this.shares.length; plan++) {
      const requests = requestsPerDay * this.shares[plan]!
      const rate = requests / 3600
      this.perHour[plan] = requests
      const first = this.firstSlot[plan]!
      searchColdStartTerms(rate * durationSeconds, rate * idleSeconds, this.levels[plan]!, this.terms, first)
      const hourly = this.hours[plan]! * requests
      const coldAll = this.terms[first]!
      const slot = this.keepWarmSlot[plan]!
      const coldAbove = this.terms[slot]!
      coldAllPerDay += hourly * coldAll
      keepWarmColdPerDay += hourly * (coldAbove + unprotected * (coldAll - coldAbove))
      if (findReclaimed) coldPingsPerDay += (this.hours[plan]! * 60 * this.terms[slot + 2]!) / interval
    }
    this.coldAllPerDay = coldAllPerDay
    this.keepWarmColdPerDay = keepWarmColdPerDay
    this.coldPingsPerDay = coldPingsPerDay
    for (let index = 0; index < this.strategies.length; index++) {
      const strategy = this.strategies[index]!
      const pricer = this.pricers[index]!
      if (strategy !== 'ec2') pricer.start(this.free)
      this.costs[index] =
        strategy === 'on_demand'
          ? this.onDemand(requestsPerDay, pricer)
          : strategy === 'keep_warm'
            ? this.keepWarm(requestsPerDay, pricer)
            : strategy === 'provisioned_concurrency'
              ? this.provisioned(requestsPerDay, pricer)
              : this.ec2Cost
    }
    return this.costs
  }

  private onDemand(requestsPerDay: number, pricer: FloatLambdaPricer): number {
    const { days } = this.context.input
    const requests = requestsPerDay * days
    return this.traffic(requests, requests, this.coldAllPerDay * days, 0, pricer)
  }

  private keepWarm(requestsPerDay: number, pricer: FloatLambdaPricer): number {
    const { days } = this.context.input
    const { count, seconds, initSeconds } = this.pings
    const requests = requestsPerDay * days
    const traffic = this.traffic(requests, requests, this.keepWarmColdPerDay * days, 0, pricer)
    const { gb, storageGb } = this.context
    const coldPings = Math.min(count, this.coldPingsPerDay * days)
    return traffic + pricer.lambda(count, seconds * gb, coldPings * initSeconds * gb, 0, 0, seconds * storageGb)
  }

  private provisioned(requestsPerDay: number, pricer: FloatLambdaPricer): number {
    let spillPerDay = 0
    let coldPerDay = 0
    for (const use of this.context.provisionedUses) {
      const requests = use.slots * this.perHour[use.plan]!
      const slot = this.firstSlot[use.plan]! + TERM_SLOTS * use.level
      const spill = this.terms[slot + 1]!
      spillPerDay += requests * spill
      coldPerDay += requests * Math.min(this.terms[slot]!, spill)
    }
    const { days } = this.context.input
    const requests = requestsPerDay * days
    return this.traffic(
      requests,
      Math.min(requests, spillPerDay * days),
      coldPerDay * days,
      this.provisionedGbSeconds,
      pricer,
    )
  }

  /** Real traffic as trafficQuantities shapes it, priced. */
  private traffic(
    requests: number,
    onDemandRequests: number,
    coldStarts: number,
    provisioned: number,
    pricer: FloatLambdaPricer,
  ): number {
    const { billedSeconds, billedInitSeconds, gb, storageGb } = this.context
    const provisionedRequests = requests - onDemandRequests
    return pricer.lambda(
      requests,
      onDemandRequests * billedSeconds * gb,
      coldStarts * billedInitSeconds * gb,
      provisioned,
      provisionedRequests * billedSeconds * gb,
      requests * billedSeconds * storageGb,
    )
  }
}
