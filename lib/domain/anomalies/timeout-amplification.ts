// Timeout amplification: invocations hanging until the timeout, billed in full and, if async, retried (a 15-minute
// timeout retried twice is 45 billed minutes). Signature: the maximum at the timeout, and errors that, each run to
// the timeout, make up a large share of billed time.
import type { Decimal } from '@/lib/domain/money'
import { count, duration, factor, usd, when } from './describe'
import type { Episode, Facts } from './episodes'
import { costSeverity } from './severity'
import type { Bucket } from '@/lib/domain/functions/timeline'

export function timeoutSignature(bucket: Bucket): Facts | null {
  if (!bucket.config) return null
  const timeoutMs = bucket.config.timeoutSeconds * 1000
  const { durationMaxMs, errors, durationSumMs, invocations, asyncEventsDropped: dropped } = bucket.metrics
  if (durationMaxMs === null || durationMaxMs < timeoutMs * 0.97 || errors < 2) return null
  // Each error must fit in the billed time as a full timeout, and together they must dominate it.
  if (errors * timeoutMs * 0.9 > durationSumMs || errors * timeoutMs < durationSumMs * 0.3) return null
  const retries = bucket.config.maxRetryAttempts
  const hungEvents = dropped > 0 ? Math.min(dropped, errors) : errors
  return {
    timedOut: errors,
    hungEvents,
    invocations,
    durationSumMs,
    timeoutBilledMs: errors * timeoutMs,
    baselineTimeoutMs: timeoutMs,
    baselineRetries: retries,
  }
}

export function describeTimeoutAmplification(name: string, episode: Episode, impact: Decimal, ratio: number | null) {
  const f = episode.facts
  const attempts = f.timedOut! / f.hungEvents!
  const retried = attempts > 1.05
  const explanation =
    `${name}: ${count(f.timedOut!)} invocations ran into the ${duration(f.baselineTimeoutMs!)} timeout ${when(episode.firstDay, episode.lastDay)}` +
    (retried
      ? ` and were retried (${factor(attempts)} attempts per hung event, MaximumRetryAttempts = ${f.baselineRetries})`
      : '') +
    `, billing ${count(f.timeoutBilledMs! / 60_000)} minutes at the timeout — ${usd(impact)} more than expected.`
  return {
    explanation,
    severity: costSeverity(impact, ratio),
    evidence: {
      timedOutInvocations: Math.round(f.timedOut!),
      hungEvents: Math.round(f.hungEvents!),
      attemptsPerHungEvent: Math.round(attempts * 100) / 100,
      timeoutSeconds: f.baselineTimeoutMs! / 1000,
      maxRetryAttempts: f.baselineRetries!,
      minutesBilledAtTimeout: Math.round(f.timeoutBilledMs! / 60_000),
      invocations: Math.round(f.invocations!),
      billedHours: Math.round((f.durationSumMs! / 3_600_000) * 10) / 10,
    },
  }
}
