// Which wall-clock periods start on a given date, once the date's exception is applied. A period belongs to the
// date on which it starts: an overnight period that starts on Tuesday evening is Tuesday's, even though it stops
// on Wednesday. So a day off (a holiday, an `off` exception) cancels the periods that start that day, while a
// period that started the evening before still stops as planned.
//
// Exceptions:
// - `off`: nothing starts that date.
// - `on`: the date's own weekday periods run even if it is a public holiday. A weekday without periods of its own
//   (Saturday in a weekdays schedule) cannot be `on`: give it `times` (validation refuses it).
// - `times`: `start` replaces the start of the date's earliest-starting period, `stop` the stop of its
//   latest-starting period; the periods between keep their times. On a date without periods of its own both are needed, and it
//   runs from `start` to `stop`. A `times` date runs even if it is a public holiday. "Work late until 23:30 on
//   12-22" is `{ date: "2026-12-22", kind: "times", stop: "23:30" }`; until 01:00 is the next day's 01:00.
// As in periods, a stop at or before its start is on the next day.
import type { IsoDay } from '../calendar'
import { clockMinutes } from './clock-time'
import { type ScheduleException, type SchedulePeriod, type Weekday, WEEKDAYS } from './schedule-definition'

/** Minutes after midnight; a stop at or before the start is the next day's. */
export type ClockPeriod = { start: number; stop: number }

/** The periods starting on a date, and whether a public holiday on that date would cancel them. */
export type DayPeriods = { periods: ClockPeriod[]; holidaysApply: boolean }

export function weekdayOf(day: IsoDay): Weekday {
  return WEEKDAYS[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!
}

/** The date's periods: the weekly periods of its weekday, changed by its exception (times must be valid). */
export function clockPeriodsOn(
  periods: readonly SchedulePeriod[],
  day: IsoDay,
  exception: ScheduleException | undefined,
): DayPeriods {
  const weekday = weekdayOf(day)
  const own = periods
    .filter((period) => period.days.includes(weekday))
    .map((period) => ({ start: clockMinutes(period.start)!, stop: clockMinutes(period.stop)! }))
    .sort((a, b) => a.start - b.start)
  if (!exception) return { periods: own, holidaysApply: true }
  if (exception.kind === 'off') return { periods: [], holidaysApply: false }
  if (exception.kind === 'on') return { periods: own, holidaysApply: false }
  const start = exception.start === undefined ? null : clockMinutes(exception.start)!
  const stop = exception.stop === undefined ? null : clockMinutes(exception.stop)!
  if (own.length === 0) return { periods: [{ start: start!, stop: stop! }], holidaysApply: false }
  if (start !== null) own[0]!.start = start
  if (stop !== null) own[own.length - 1]!.stop = stop
  return { periods: own, holidaysApply: false }
}
