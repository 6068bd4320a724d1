// A function's estimated cost for one hour or day, priced like estimateFunctionCost (list price, tier 1, no free
// tier) without building formula text: the detectors price hundreds of thousands of buckets. Every bucket is
// priced with today's card: a price change is not an anomaly.
import { type Decimal, ZERO, toDecimal } from '../money'
import { estimatedBilledMs } from './billed-duration'
import type { PricedConfig } from './estimate-function-cost'
import { ratePlan } from './rate-plan'

const FREE_EPHEMERAL_MB = 512

export type CostableMetrics = { invocations: number; durationSumMs: number; provisionedConcurrencyInvocations: number }

export type BucketCoster = (metrics: CostableMetrics, periodSeconds: number) => Decimal

export function bucketCoster(region: string, config: Omit<PricedConfig, 'packageType'>): BucketCoster {
  const plan = ratePlan(region, config.architecture)
  const gb = toDecimal(config.memoryMb).div(1024)
  const request = plan.rate('request')
  const duration = plan.rate('duration')
  const storageGb = toDecimal(Math.max(0, config.ephemeralStorageMb - FREE_EPHEMERAL_MB)).div(1024)
  const storage = storageGb.isZero() ? ZERO : plan.rate('ephemeral_storage').times(storageGb)
  const pc =
    config.provisionedConcurrency > 0
      ? {
          capacity: plan.rate('provisioned_concurrency').times(gb).times(config.provisionedConcurrency),
          duration: plan.rate('provisioned_duration').times(gb),
        }
      : null
  return (metrics, periodSeconds) => {
    const requests = toDecimal(metrics.invocations)
    const seconds = estimatedBilledMs(metrics.durationSumMs, metrics.invocations).div(1000)
    let cost = requests.times(request).plus(seconds.times(storage))
    if (!pc || metrics.invocations === 0)
      return cost.plus(pc ? pc.capacity.times(periodSeconds) : ZERO).plus(seconds.times(gb).times(duration))
    const pcSeconds = seconds
      .times(Math.min(metrics.provisionedConcurrencyInvocations, metrics.invocations))
      .div(metrics.invocations)
    cost = cost.plus(pc.capacity.times(periodSeconds)).plus(pcSeconds.times(pc.duration))
    return cost.plus(seconds.minus(pcSeconds).times(gb).times(duration))
  }
}
