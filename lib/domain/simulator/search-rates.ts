import { durationTiers, ec2HourlyRate, lambdaRate, MissingRateError } from '../pricing/rate-card'
import type { SimulationContext } from './simulation-context'
import type { StrategyName } from './types'

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

// A missing rate is cached too: a fleet of Seoul arm64 functions would otherwise build the same error thousands of
// times. Keyed region → architecture → strategy (the instance type for EC2): no key string to build per lookup.
const cache = new Map<string, Map<string, Map<string, SearchRates | MissingRateError>>>()

/** Rates a strategy needs; throws MissingRateError like the exact path when one is missing from the card. */
export function searchRates(context: SimulationContext, strategy: StrategyName): SearchRates {
  const { region, architecture, strategies } = context.input
  let byArchitecture = cache.get(region)
  if (!byArchitecture) cache.set(region, (byArchitecture = new Map()))
  let byStrategy = byArchitecture.get(architecture)
  if (!byStrategy) byArchitecture.set(architecture, (byStrategy = new Map()))
  const key = strategy === 'ec2' ? strategies.ec2!.instanceType : context.storageGb > 0 ? `${strategy} with storage` : strategy
  let rates = byStrategy.get(key)
  if (!rates) {
    try {
      rates = readRates(context, strategy)
    } catch (error) {
      if (!(error instanceof MissingRateError)) throw error
      rates = error
    }
    byStrategy.set(key, rates)
  }
  if (rates instanceof MissingRateError) throw rates
  return rates
}

function readRates(context: SimulationContext, strategy: StrategyName): SearchRates {
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
