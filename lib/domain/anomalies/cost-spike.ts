// Cost spike: a day's cost far above the same weekdays of the previous six weeks. Relative thresholds (at
// least twice the baseline and four robust deviations above it) with a small absolute floor, so a function
// going from $1 to $12 a month is reported rather than filtered as noise, as every bill-based tool does.
import { type Decimal, ZERO } from '@/lib/domain/money'
import type { Baseline } from './baselines'
import { count, factor, usd, when } from './describe'
import type { Episode, Facts } from './episodes'
import { costSeverity } from './severity'

/** $0.02 a day is $0.60 a month: below it, a "spike" is not worth anyone's time. */
export const MIN_DAILY_EXCESS_USD = 0.02
const MIN_UNPRECEDENTED_USD = 0.25
/** A cost level that lasts this many days is the new normal, not a spike: baselines stop skipping its days. */
export const NEW_NORMAL_DAYS = 14

export function costSpike(actual: Decimal, baseline: Baseline): boolean {
  const excess = actual.minus(baseline.expected).toNumber()
  if (excess < Math.max(MIN_DAILY_EXCESS_USD, 4 * baseline.spread)) return false
  return baseline.expected.gt(ZERO) ? actual.gte(baseline.expected.times(2)) : actual.gte(MIN_UNPRECEDENTED_USD)
}

export type DriverFacts = {
  invocations: number
  durationSumMs: number
  memoryMb: number
  baselineInvocations: number
  baselineDurationSumMs: number
  baselineMemoryMb: number
}

/** Which of volume, duration per invocation and memory moved: the cause in plain words. */
export function drivers(f: Facts): string {
  const parts: string[] = []
  const volume = f.baselineInvocations! > 0 ? f.invocations! / f.flags! / f.baselineInvocations! : null
  const averageNow = f.invocations! > 0 ? f.durationSumMs! / f.invocations! : 0
  const averageBefore = f.baselineInvocations! > 0 ? f.baselineDurationSumMs! / f.baselineInvocations! : 0
  const perCall = averageBefore > 0 ? averageNow / averageBefore : null
  if (volume !== null && Math.abs(volume - 1) >= 0.15) parts.push(`invocations ${factor(volume)}`)
  if (perCall !== null && Math.abs(perCall - 1) >= 0.15) parts.push(`average duration ${factor(perCall)}`)
  if (f.maxMemoryMb! !== f.baselineMemoryMb!)
    parts.push(`memory ${count(f.baselineMemoryMb!)} → ${count(f.maxMemoryMb!)} MB`)
  return parts.length ? parts.join(', ') : 'no single driver (volume, duration and memory each moved less than 15%)'
}

export function describeCostSpike(
  subject: string,
  episode: Episode,
  impact: Decimal,
  ratio: number | null,
  withDrivers: boolean,
) {
  const expected = episode.expectedUsd
  const explanation =
    `${subject} cost ${usd(episode.actualUsd)} ${when(episode.firstDay, episode.lastDay)} against ${usd(expected)} expected from the same weekdays before` +
    `${ratio !== null ? ` (${factor(ratio)})` : ''}${withDrivers ? ` — ${drivers({ ...episode.facts, flags: episode.flags })}` : ''}, ${usd(impact)} more than usual.`
  return {
    explanation,
    severity: costSeverity(impact, ratio),
    evidence: {
      actualUsd: episode.actualUsd.toFixed(),
      expectedUsd: expected.toFixed(),
      ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
      days: episode.flags,
    },
  }
}
