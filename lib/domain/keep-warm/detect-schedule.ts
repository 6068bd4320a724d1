// Recognises a keep-warm (or any rate(N minutes)) schedule in hourly metrics: a floor of invocations that
// repeats exactly in nearly every hour. Scheduled rules invoke asynchronously, so AsyncEventsReceived is
// the clean signal; without it, invocations must repeat exactly (a schedule with no other traffic).
import { quantile } from '@/lib/domain/stats'

/** rate(N minutes) schedules that fire a whole number of times each hour. */
export const SCHEDULE_INTERVALS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60] as const

export type ScheduleHour = { invocations: number; asyncEventsReceived: number; concurrentExecutionsMax: number | null }

export type DetectedSchedule = {
  intervalMinutes: number
  concurrency: number
  pingsPerHour: number
  /** Hours whose count equals the schedule's, out of the hours observed. */
  hoursMatching: number
  hoursObserved: number
  source: 'async_events' | 'invocations'
}

const MIN_HOURS = 72
const MAX_FAN_OUT = 100

/** `hours` must be dense (zeros for hours without invocations), at least three days of them. */
export function detectSchedule(hours: readonly ScheduleHour[]): DetectedSchedule | null {
  if (hours.length < MIN_HOURS) return null
  const asyncHours = hours.filter((hour) => hour.asyncEventsReceived > 0).length
  const source = asyncHours >= hours.length / 2 ? 'async_events' : 'invocations'
  const counts = hours.map((hour) => (source === 'async_events' ? hour.asyncEventsReceived : hour.invocations))
  const floor = quantile(counts, 0.05)!
  if (floor < 1) return null
  // A schedule repeats the same count: most hours sit at the floor, not merely above it.
  const tolerance = Math.max(0.5, floor * 0.02)
  const atFloor = counts.filter((count) => Math.abs(count - floor) <= tolerance)
  if (atFloor.length < hours.length / 2) return null
  const perHour = Math.round(atFloor.reduce((a, b) => a + b, 0) / atFloor.length)
  const candidates = SCHEDULE_INTERVALS.map((interval) => ({ interval, fanOut: (perHour * interval) / 60 })).filter(
    ({ fanOut }) => Number.isInteger(fanOut) && fanOut >= 1 && fanOut <= MAX_FAN_OUT,
  )
  if (candidates.length === 0) return null
  // The same hourly count fits "1 every minute" and "5 every 5 minutes" (and costs the same). Only when the
  // schedule is the function's sole traffic do the environments seen at once in every hour reveal a fan-out.
  const scheduleOnly =
    hours.filter((hour) => hour.invocations <= hour.asyncEventsReceived || source === 'invocations').length >=
    hours.length * 0.9
  const concurrencyFloor = Math.max(
    1,
    Math.floor(
      quantile(
        hours.map((hour) => hour.concurrentExecutionsMax ?? 1),
        0.05,
      )!,
    ),
  )
  const plausible = scheduleOnly ? candidates.filter(({ fanOut }) => fanOut <= concurrencyFloor) : []
  const chosen = plausible.at(-1) ?? candidates[0]!
  return {
    intervalMinutes: chosen.interval,
    concurrency: chosen.fanOut,
    pingsPerHour: perHour,
    hoursMatching: atFloor.length,
    hoursObserved: hours.length,
    source,
  }
}

export type DailyRun = { hourUtc: number; eventsPerRun: number; daysSeen: number; daysObserved: number }

/** A once-a-day scheduled job (cron): asynchronous events in one hour of the day, on most days, and nowhere else. */
export function detectDailyRun(hours: readonly (ScheduleHour & { hourOfDay: number })[]): DailyRun | null {
  const days = Math.floor(hours.length / 24)
  if (days < 3) return null
  const byHour = new Map<number, number[]>()
  for (const hour of hours)
    if (hour.asyncEventsReceived > 0)
      byHour.set(hour.hourOfDay, [...(byHour.get(hour.hourOfDay) ?? []), hour.asyncEventsReceived])
  if (byHour.size !== 1) return null
  const [hourUtc, counts] = [...byHour.entries()][0]!
  if (counts.length < days * 0.7) return null
  return { hourUtc, eventsPerRun: Math.round(quantile(counts, 0.5)!), daysSeen: counts.length, daysObserved: days }
}
