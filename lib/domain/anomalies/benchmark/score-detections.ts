// An anomaly is a true positive when it names a function (or, for a usage type, an account and region) with an
// incident whose days it overlaps, with the expected or a related kind; anything else, alarms on benign growth or
// a memory raise included, is a false alarm. Configuration lints are not time-bound and are counted apart.
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { dayStart } from '@/lib/domain/functions/timeline'
import type { DetectedAnomaly } from '../types'
import type { GroundTruth } from './labelled-scenarios'

export type Score = {
  incidents: number
  found: number
  foundAsExpected: number
  missed: GroundTruth[]
  byIncident: Record<string, { incidents: number; found: number; foundAsExpected: number }>
  anomalies: number
  truePositives: number
  falseAlarms: DetectedAnomaly[]
  lints: number
}

/** Effects of an incident may spill a day past it (a retry after midnight, a budget day still running). */
const SLACK_DAYS = 1

export function overlapsIncident(anomaly: DetectedAnomaly, truth: GroundTruth): boolean {
  const start = dayStart(addDaysTo(truth.fromDay, -SLACK_DAYS))
  const end = dayStart(addDaysTo(truth.toDay, 1 + SLACK_DAYS))
  return anomaly.periodStart < end && anomaly.periodEnd > start
}

export function explains(anomaly: DetectedAnomaly, truth: GroundTruth): boolean {
  if (truth.expected === null || anomaly.accountId !== truth.accountId || !overlapsIncident(anomaly, truth))
    return false
  if (anomaly.functionName === null) return anomaly.region === truth.region
  return (
    anomaly.functionName === truth.functionName &&
    (anomaly.kind === truth.expected || truth.related.includes(anomaly.kind))
  )
}

export function scoreDetections(anomalies: readonly DetectedAnomaly[], truth: readonly GroundTruth[]): Score {
  const timed = anomalies.filter((anomaly) => anomaly.kind !== 'config_risk')
  const real = truth.filter((t) => t.expected !== null)
  const byIncident: Score['byIncident'] = {}
  const missed: GroundTruth[] = []
  let found = 0
  let foundAsExpected = 0
  for (const t of real) {
    const matching = timed.filter((anomaly) => anomaly.functionName !== null && explains(anomaly, t))
    const entry = (byIncident[t.incident] ??= { incidents: 0, found: 0, foundAsExpected: 0 })
    entry.incidents += 1
    if (matching.length) {
      found += 1
      entry.found += 1
    } else missed.push(t)
    if (matching.some((anomaly) => anomaly.kind === t.expected)) {
      foundAsExpected += 1
      entry.foundAsExpected += 1
    }
  }
  const falseAlarms = timed.filter((anomaly) => !real.some((t) => explains(anomaly, t)))
  return {
    incidents: real.length,
    found,
    foundAsExpected,
    missed,
    byIncident,
    anomalies: timed.length,
    truePositives: timed.length - falseAlarms.length,
    falseAlarms,
    lints: anomalies.length - timed.length,
  }
}

/** Function-months judged: each function's days from `from` to `to` (after the baseline warm-up), in 30.44-day months. */
export function functionMonths(functionFirstDays: readonly IsoDay[], from: IsoDay, to: IsoDay): number {
  const days = (a: IsoDay, b: IsoDay) =>
    Math.max(0, (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000 + 1)
  return functionFirstDays.reduce((total, first) => total + days(first > from ? first : from, to), 0) / 30.44
}
