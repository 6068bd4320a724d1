// A function's estimated cost for one hour or day, priced like estimateFunctionCost (list price, tier 1, no free
// tier) without building formula text: the detectors price hundreds of thousands of buckets.
import { type Decimal, ZERO, toDecimal } from '@/lib/domain/money'
import { lambdaRate } from '@/lib/domain/pricing/rate-card'
import type { FunctionConfig } from './types'

const FREE_EPHEMERAL_MB = 512

export type CostableMetrics = { invocations: number; durationSumMs: number; provisionedConcurrencyInvocations: number }

export type BucketCoster = (metrics: CostableMetrics, periodSeconds: number) => Decimal

export function bucketCoster(region: string, config: FunctionConfig): BucketCoster {
  const gb = toDecimal(config.memoryMb).div(1024)
  const request = lambdaRate(region, config.architecture, 'request')
  const duration = lambdaRate(region, config.architecture, 'duration')
  const storageGb = toDecimal(Math.max(0, config.ephemeralStorageMb - FREE_EPHEMERAL_MB)).div(1024)
  const storage = storageGb.isZero() ? ZERO : lambdaRate(region, config.architecture, 'ephemeral_storage').times(storageGb)
  const pc = config.provisionedConcurrency > 0
    ? { capacity: lambdaRate(region, config.architecture, 'provisioned_concurrency').times(gb).times(config.provisionedConcurrency), duration: lambdaRate(region, config.architecture, 'provisioned_duration').times(gb) }
    : null
  return (metrics, periodSeconds) => {
    const requests = toDecimal(metrics.invocations)
    const seconds = toDecimal(metrics.durationSumMs).div(1000)
    let cost = requests.times(request).plus(seconds.times(storage))
    if (!pc || metrics.invocations === 0) return cost.plus(pc ? pc.capacity.times(periodSeconds) : ZERO).plus(seconds.times(gb).times(duration))
    const pcSeconds = seconds.times(Math.min(metrics.provisionedConcurrencyInvocations, metrics.invocations)).div(metrics.invocations)
    cost = cost.plus(pc.capacity.times(periodSeconds)).plus(pcSeconds.times(pc.duration))
    return cost.plus(seconds.minus(pcSeconds).times(gb).times(duration))
  }
}
