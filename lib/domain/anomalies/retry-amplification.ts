// Retry amplification: failing async events are attempted 1 + MaximumRetryAttempts times, each billed. Signature:
// dropped events with about (1 + retries) errors each; without the dropped metric, Invocations ≈ (1 + retries) ×
// AsyncEventsReceived with most invocations failing.
import { RETRIED_PINGS, RETRIED_PINGS_MEANING } from '@/lib/domain/keep-warm/retried-pings'
import type { Decimal } from '@/lib/domain/money'
import { count, factor, usd, when } from './describe'
import type { Episode, Facts } from './episodes'
import { costSeverity } from './severity'
import type { Bucket } from '@/lib/domain/functions/timeline'

export function retrySignature(bucket: Bucket): Facts | null {
  const retries = bucket.config?.maxRetryAttempts ?? 0
  if (retries < 1) return null
  const {
    invocations,
    errors,
    asyncEventsReceived: events,
    asyncEventsDropped: dropped,
    durationSumMs,
  } = bucket.metrics
  const minimum = bucket.hourOfDay === null ? 10 : 3
  let failedEvents: number
  if (dropped >= minimum && dropped >= events * 0.05 && errors >= 0.8 * (1 + retries) * dropped) failedEvents = dropped
  else if (
    dropped === 0 &&
    events >= minimum &&
    invocations >= (1 + 0.6 * retries) * events &&
    errors >= 0.6 * invocations
  )
    failedEvents = Math.min(events, errors / (1 + retries))
  else return null
  return {
    events,
    failedEvents,
    retryAttempts: failedEvents * retries,
    errors,
    invocations,
    durationSumMs,
    baselineRetries: retries,
  }
}

/** `keepWarm`: the function has a keep-warm budget, so its asynchronous events are pings and their retries retried pings. */
export function describeRetryAmplification(
  name: string,
  episode: Episode,
  impact: Decimal,
  ratio: number | null,
  keepWarm = false,
) {
  const f = episode.facts
  const attempts = f.errors! / f.failedEvents!
  const averageMs = f.durationSumMs! / f.invocations!
  const explanation =
    `${name}: ${when(episode.firstDay, episode.lastDay)}, ${count(f.failedEvents!)} ${keepWarm ? 'keep-warm pings' : 'asynchronous events'} failed and each was attempted ${factor(attempts)} ` +
    `(MaximumRetryAttempts = ${f.baselineRetries}): ${count(f.errors!)} of ${count(f.invocations!)} invocations were errors, ${count(f.retryAttempts!)} of them retries, ` +
    `costing ${usd(impact)} more than expected.` +
    (keepWarm
      ? ` The ${count(f.retryAttempts!)} ${RETRIED_PINGS} (${RETRIED_PINGS_MEANING}) are keep-warm traffic: in its keep-warm cost and budget.`
      : '')
  return {
    explanation,
    severity: costSeverity(impact, ratio),
    evidence: {
      asyncEventsReceived: Math.round(f.events!),
      failedEvents: Math.round(f.failedEvents!),
      attemptsPerFailedEvent: Math.round(attempts * 100) / 100,
      maxRetryAttempts: f.baselineRetries!,
      retryAttempts: Math.round(f.retryAttempts!),
      errors: Math.round(f.errors!),
      invocations: Math.round(f.invocations!),
      averageDurationMs: Math.round(averageMs),
      billedHours: Math.round((f.durationSumMs! / 3_600_000) * 10) / 10,
    },
  }
}
