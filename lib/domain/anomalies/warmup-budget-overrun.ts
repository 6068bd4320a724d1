// Keep-warm budget overrun: a day's actual ping cost (pings and retries, at their measured duration) above
// what the budget expects by half again — even with the measured duration lowered
// by twice its noise bound. The cause is read from which of ping count and duration moved.
import type { KeepWarmDay } from '@/lib/domain/keep-warm/keep-warm-days'
import { RETRIED_PINGS, RETRIED_PINGS_MEANING } from '@/lib/domain/keep-warm/retried-pings'
import type { Decimal } from '@/lib/domain/money'
import { count, duration, factor, usd, when } from './describe'
import type { Episode, Facts } from './episodes'
import { costSeverity } from './severity'

/** A third of a cent a month: budgets are small, and a 7× overrun of a small one is still an overrun. */
export const MIN_DAILY_OVERRUN_USD = 0.0001

export function warmupOverrun(
  actual: KeepWarmDay,
  expectedUsd: Decimal,
  expectedPings: number,
  budgetDurationMs: number,
): Facts | null {
  if (
    actual.pingCostUsd.lt(expectedUsd.times(1.5)) ||
    actual.pingCostUsd.minus(expectedUsd).toNumber() < MIN_DAILY_OVERRUN_USD
  )
    return null
  if (actual.pingDurationMs !== null && actual.pingDurationNoiseMs > 0) {
    const cautious = actual.pingCostUsd
      .times(Math.max(0, actual.pingDurationMs - 2 * actual.pingDurationNoiseMs))
      .div(actual.pingDurationMs)
    if (cautious.lt(expectedUsd.times(1.5))) return null
  }
  return {
    pings: actual.pingAttempts,
    failedPings: actual.failedPingAttempts,
    expectedPings,
    pingDurationTotalMs: (actual.pingDurationMs ?? 0) * actual.pingAttempts,
    baselineBudgetDurationMs: budgetDurationMs,
  }
}

export function describeWarmupOverrun(name: string, episode: Episode, impact: Decimal, ratio: number | null) {
  const f = episode.facts
  const days = episode.flags
  const averageMs = f.pings! > 0 ? f.pingDurationTotalMs! / f.pings! : 0
  const causes: string[] = []
  if (f.pings! > f.expectedPings! * 1.1) {
    const failing =
      f.failedPings! > 0
        ? ` (${count(f.failedPings! / days)} of them failing, ${RETRIED_PINGS} included: ${RETRIED_PINGS_MEANING})`
        : ''
    causes.push(`${count(f.pings! / days)} pings a day instead of ${count(f.expectedPings! / days)}${failing}`)
  }
  if (averageMs > f.baselineBudgetDurationMs! * 1.1)
    causes.push(
      `pings averaging ${duration(averageMs)} instead of the budgeted ${duration(f.baselineBudgetDurationMs!)}`,
    )
  return {
    explanation:
      `${name}: keep-warm cost ${usd(episode.actualUsd)} ${when(episode.firstDay, episode.lastDay)} against a budget of ${usd(episode.expectedUsd)}` +
      `${ratio !== null ? ` (${factor(ratio)})` : ''} — ${causes.length ? causes.join(' and ') : 'the pings cost more than budgeted'}.`,
    severity: costSeverity(impact, ratio),
    evidence: {
      actualUsd: episode.actualUsd.toFixed(),
      budgetUsd: episode.expectedUsd.toFixed(),
      pings: Math.round(f.pings!),
      budgetedPings: Math.round(f.expectedPings!),
      failedPingAttempts: Math.round(f.failedPings!),
      averagePingDurationMs: Math.round(averageMs),
      budgetedPingDurationMs: f.baselineBudgetDurationMs!,
      days,
    },
  }
}
