import { durationTiers, ec2HourlyRate, lambdaRate, MissingRateError } from '../pricing/rate-card'
import { LAMBDA_FREE_TIER } from '../pricing/free-tier'
import type { SimulationContext } from './simulation-context'
import type { LambdaQuantities, StrategyQuantities } from './types'

/**
 * The rate card as binary floats, for the break-even search only: it compares costs thousands of times per
 * workload to locate a crossing, where a 1e-16 relative error is far below the search's resolution. Every
 * amount the simulator reports is priced exactly by priceStrategy.
 */
export type SearchRates = {
  request: number
  tiers: { upTo: number; price: number }[]
  provisioned: number
  provisionedDuration: number
  storage: number
  ec2Hourly: number
}

// A missing rate is cached too: a fleet of Seoul arm64 functions would otherwise build the same error thousands of times.
const cache = new Map<string, SearchRates | MissingRateError>()

/** Rates a strategy needs; throws MissingRateError like the exact path when one is missing from the card. */
export function searchRates(context: SimulationContext, strategy: StrategyQuantities['strategy']): SearchRates {
  const { region, architecture, strategies } = context.input
  const key = `${region}|${architecture}|${strategy}|${context.storageGb > 0}|${strategy === 'ec2' ? strategies.ec2!.instanceType : ''}`
  let rates = cache.get(key)
  if (!rates) {
    try {
      rates = readRates(context, strategy)
    } catch (error) {
      if (!(error instanceof MissingRateError)) throw error
      rates = error
    }
    cache.set(key, rates)
  }
  if (rates instanceof MissingRateError) throw rates
  return rates
}

function readRates(context: SimulationContext, strategy: StrategyQuantities['strategy']): SearchRates {
  const { region, architecture, strategies } = context.input
  const rate = (meter: Parameters<typeof lambdaRate>[2]) => lambdaRate(region, architecture, meter).toNumber()
  if (strategy === 'ec2') {
    return { request: 0, tiers: [], provisioned: 0, provisionedDuration: 0, storage: 0, ec2Hourly: ec2HourlyRate(region, strategies.ec2!.instanceType).toNumber() }
  }
  return {
    request: rate('request'),
    tiers: durationTiers(region, architecture).map((tier) => ({ upTo: tier.upToGbSeconds?.toNumber() ?? Infinity, price: tier.priceUsd.toNumber() })),
    provisioned: strategy === 'provisioned_concurrency' ? rate('provisioned_concurrency') : 0,
    provisionedDuration: strategy === 'provisioned_concurrency' ? rate('provisioned_duration') : 0,
    storage: context.storageGb > 0 ? rate('ephemeral_storage') : 0,
    ec2Hourly: 0,
  }
}

function tiered(tiers: SearchRates['tiers'], position: number, amount: number): number {
  let cost = 0
  let from = 0
  for (const tier of tiers) {
    const overlap = Math.min(tier.upTo, position + amount) - Math.max(from, position)
    if (overlap > 0) cost += overlap * tier.price
    from = tier.upTo
  }
  return cost
}

const FREE_REQUESTS = LAMBDA_FREE_TIER.requests.toNumber()
const FREE_GB_SECONDS = LAMBDA_FREE_TIER.gbSeconds.toNumber()

/** Same rules as priceStrategy (free tier to traffic then pings, one tier ladder), in floating point. */
export function estimateStrategyUsd(quantities: StrategyQuantities, rates: SearchRates, includeFreeTier: boolean): number {
  const allowance = { requests: includeFreeTier ? FREE_REQUESTS : 0, gbSeconds: includeFreeTier ? FREE_GB_SECONDS : 0, position: 0 }
  let total = (quantities.ec2Hours ?? 0) * rates.ec2Hourly
  if (quantities.traffic) total += estimatePart(quantities.traffic, rates, allowance)
  if (quantities.pings) total += estimatePart(quantities.pings, rates, allowance)
  return total
}

function estimatePart(part: LambdaQuantities, rates: SearchRates, allowance: { requests: number; gbSeconds: number; position: number }): number {
  const freeRequests = Math.min(allowance.requests, part.requests)
  allowance.requests -= freeRequests
  let total = (part.requests - freeRequests) * rates.request
  total += estimateDuration(part.durationGbSeconds, rates, allowance)
  total += estimateDuration(part.initGbSeconds, rates, allowance)
  total += part.provisionedConcurrencyGbSeconds * rates.provisioned + part.provisionedDurationGbSeconds * rates.provisionedDuration
  return total + part.ephemeralStorageGbSeconds * rates.storage
}

function estimateDuration(gbSeconds: number, rates: SearchRates, allowance: { gbSeconds: number; position: number }): number {
  const free = Math.min(allowance.gbSeconds, gbSeconds)
  allowance.gbSeconds -= free
  const cost = tiered(rates.tiers, allowance.position, gbSeconds - free)
  allowance.position += gbSeconds - free
  return cost
}
