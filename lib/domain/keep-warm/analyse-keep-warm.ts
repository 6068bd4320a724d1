// A function's keep-warm for a range of days: which schedule its pings follow (its budget's, else one seen in
// its hourly metrics), each day's pings split from real traffic, and — without a budget — a suggested one.
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { median } from '@/lib/domain/stats'
import { dailyBuckets, hourlyBucketsByDay } from '@/lib/domain/functions/timeline'
import type { FunctionHistory } from '@/lib/domain/functions/function-history'
import { type DetectedSchedule, detectSchedule } from './detect-schedule'
import { computeKeepWarmDays, type KeepWarmDay } from './keep-warm-days'

/** Days of history the ping/real split reads before the range (its least-squares reference). */
export const KEEP_WARM_REFERENCE_DAYS = 56
const SCHEDULE_DAYS = 14

export type KeepWarmSuggestion = DetectedSchedule & { pingDurationMs: number | null }

export type KeepWarmAnalysis = {
  scheduleSource: 'budget' | 'detected' | null
  days: KeepWarmDay[]
  suggestion: KeepWarmSuggestion | null
}

export function analyseKeepWarm(
  history: FunctionHistory,
  range: { from: IsoDay; to: IsoDay; hourlyFrom: IsoDay | null },
): KeepWarmAnalysis {
  const detected = history.budget ? null : scheduleFromHourly(history, range)
  const schedule = history.budget ?? detected
  if (!schedule || history.configs.length === 0) return { scheduleSource: null, days: [], suggestion: null }
  const firstData = history.daily[0]?.day ?? range.from
  const start = [addDaysTo(range.from, -KEEP_WARM_REFERENCE_DAYS), firstData].sort().at(-1)!
  if (start > range.to) return { scheduleSource: history.budget ? 'budget' : 'detected', days: [], suggestion: null }
  const buckets = dailyBuckets(history, start, range.to)
  const days = computeKeepWarmDays({
    region: history.region,
    days: buckets.map((bucket) => ({ day: bucket.day, metrics: bucket.metrics, config: bucket.config })),
    schedule,
    assumedPingDurationMs: history.budget?.pingDurationMs ?? null,
  })
  const inRange = days.filter((day) => day.day >= range.from)
  if (!detected) return { scheduleSource: 'budget', days: inRange, suggestion: null }
  const recent = days
    .slice(-SCHEDULE_DAYS)
    .filter((day) => day.durationSource === 'measured')
    .map((day) => day.pingDurationMs!)
  const typical = median(recent)
  return {
    scheduleSource: 'detected',
    days: inRange,
    suggestion: { ...detected, pingDurationMs: typical === null ? null : Math.round(typical) },
  }
}

function scheduleFromHourly(
  history: FunctionHistory,
  range: { to: IsoDay; hourlyFrom: IsoDay | null },
): DetectedSchedule | null {
  if (!range.hourlyFrom || range.hourlyFrom > range.to) return null
  const from = [range.hourlyFrom, addDaysTo(range.to, -(SCHEDULE_DAYS - 1))].sort().at(-1)!
  const hours = [...hourlyBucketsByDay(history, from, range.to).values()].flat()
  return detectSchedule(hours.map((hour) => hour.metrics))
}
