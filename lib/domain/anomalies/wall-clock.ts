// Billed duration above the wall clock: more billed hours in a day than the day has, i.e. several environments
// busy around the clock, when the function normally needs less than half that. Busy functions that always
// run many environments are not flagged; a sudden jump to them is.
import type { Decimal } from '@/lib/domain/money'
import { factor, hours, usd, when } from './describe'
import type { Episode, Facts } from './episodes'
import { costSeverity } from './severity'
import type { Bucket } from '@/lib/domain/functions/timeline'

export function wallClockExceeded(bucket: Bucket, baselineBilledHours: number): Facts | null {
  const billed = bucket.metrics.durationSumMs / 3_600_000
  const wallClock = bucket.seconds / 3600
  if (billed <= wallClock || billed < 2 * baselineBilledHours) return null
  return { billedHours: billed, wallClockHours: wallClock, baselineBilledHours }
}

export function describeWallClock(name: string, episode: Episode, impact: Decimal, ratio: number | null) {
  const f = episode.facts
  const environments = f.billedHours! / f.wallClockHours!
  return {
    explanation:
      `${name}: billed duration reached ${hours(f.billedHours!)} in ${hours(f.wallClockHours!)} ${when(episode.firstDay, episode.lastDay)} — about ` +
      `${environments.toFixed(1)} environments busy around the clock, ${factor(f.billedHours! / episode.flags / Math.max(f.baselineBilledHours!, 1e-9))} the usual ` +
      `${hours(f.baselineBilledHours!)} a day — costing ${usd(impact)} more than expected.`,
    severity: costSeverity(impact, ratio),
    evidence: {
      billedHours: round1(f.billedHours!),
      wallClockHours: f.wallClockHours!,
      environmentsBusy: round1(environments),
      usualBilledHoursPerDay: round1(f.baselineBilledHours!),
    },
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
