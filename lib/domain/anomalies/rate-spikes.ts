// Error and throttle spikes: a share of requests far above the function's own pooled rate of the previous
// four weeks, and significant as a count (so 3 errors in a quiet hour are not a spike).
import { type Decimal, ZERO } from '@/lib/domain/money'
import { count, percent, usd, when } from './describe'
import type { Episode, Facts } from './episodes'
import { failureSeverity } from './severity'
import { countExceeds } from '@/lib/domain/stats'
import type { Bucket } from '@/lib/domain/functions/timeline'

export function errorSpike(bucket: Bucket, baselineRate: number): Facts | null {
  const { errors, invocations } = bucket.metrics
  if (invocations === 0) return null
  const minimum = bucket.hourOfDay === null ? 20 : 10
  const rate = errors / invocations
  if (
    rate < Math.max(5 * baselineRate, baselineRate + 0.02) ||
    !countExceeds(errors, baselineRate * invocations, { minimum })
  )
    return null
  return { errors, invocations, expectedErrors: baselineRate * invocations, baselineRate }
}

export function throttleSpike(bucket: Bucket, baselineShare: number): Facts | null {
  const { throttles, invocations } = bucket.metrics
  const requests = invocations + throttles
  if (requests === 0) return null
  const minimum = bucket.hourOfDay === null ? 20 : 10
  const share = throttles / requests
  if (
    share < Math.max(5 * baselineShare, baselineShare + 0.01) ||
    !countExceeds(throttles, baselineShare * requests, { minimum })
  )
    return null
  return { throttles, requests, expectedThrottles: baselineShare * requests, baselineRate: baselineShare }
}

/** The cost of the failed invocations beyond the usual error rate, at the bucket's cost per invocation. */
export function costOfExtraErrors(bucket: Bucket, facts: Facts): Decimal {
  if (bucket.metrics.invocations === 0) return ZERO
  const extra = Math.max(0, facts.errors! - facts.expectedErrors!)
  return bucket.costUsd.times(extra).div(bucket.metrics.invocations)
}

export function describeErrorSpike(name: string, episode: Episode, impact: Decimal) {
  const f = episode.facts
  const share = f.errors! / f.invocations!
  return {
    explanation:
      `${name}: ${count(f.errors!)} of ${count(f.invocations!)} invocations failed ${when(episode.firstDay, episode.lastDay)} (${percent(share)}, ` +
      `against a usual ${percent(f.baselineRate!)}); the failed invocations beyond the usual rate cost ${usd(impact)}.`,
    severity: failureSeverity(share, impact),
    evidence: {
      errors: Math.round(f.errors!),
      invocations: Math.round(f.invocations!),
      errorRatePct: round2(share * 100),
      usualErrorRatePct: round2(f.baselineRate! * 100),
      expectedErrors: Math.round(f.expectedErrors!),
    },
  }
}

export function describeThrottleSpike(name: string, episode: Episode, reservedConcurrency: number | null) {
  const f = episode.facts
  const share = f.throttles! / f.requests!
  const limit =
    reservedConcurrency !== null ? `its reserved concurrency of ${reservedConcurrency}` : 'the concurrency limit'
  return {
    explanation:
      `${name}: ${count(f.throttles!)} of ${count(f.requests!)} requests were throttled ${when(episode.firstDay, episode.lastDay)} (${percent(share)}, ` +
      `against a usual ${percent(f.baselineRate!)}) at ${limit}; throttled requests are refused and not billed, so they cost nothing but were not served.`,
    severity: failureSeverity(share, ZERO),
    evidence: {
      throttles: Math.round(f.throttles!),
      requests: Math.round(f.requests!),
      throttledPct: round2(share * 100),
      usualThrottledPct: round2(f.baselineRate! * 100),
      reservedConcurrency,
    },
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
