// The runs (instants a schedule's resources should be running) that start on one local date: the date's clock
// periods (clock-periods.ts) placed in the schedule's time zone, unless a public holiday cancels them. A holiday
// in a year the calendar does not know is never guessed: the date is `known: false` and says what it would run
// were it a working day, so a caller can tell whether the unknown matters to it.
import { addDaysTo, type IsoDay } from '../calendar'
import { type HolidayCalendar, UnknownHolidayYearError } from '../holidays/holiday-calendar'
import { type ClockPeriod, clockPeriodsOn } from './clock-periods'
import type { Schedule } from './schedule-definition'
import { zonedInstant } from '../time-zone/zoned-time'

/** From `start` (included) to `stop` (excluded), epoch milliseconds. */
export type Run = { start: number; stop: number }

export type DayRuns =
  | { day: IsoDay; known: true; runs: Run[] }
  | { day: IsoDay; known: false; error: UnknownHolidayYearError; runsIfWorkday: Run[] }

export function runsStartingOn(schedule: Schedule, day: IsoDay, calendar: HolidayCalendar | undefined): DayRuns {
  if (schedule.holidays !== null && calendar?.id !== schedule.holidays) {
    throw new TypeError(
      `This schedule skips the ${schedule.holidays} holidays: pass holidayCalendar('${schedule.holidays}').`,
    )
  }
  const exception = schedule.exceptions.find((candidate) => candidate.date === day)
  const { periods, holidaysApply } = clockPeriodsOn(schedule.periods, day, exception)
  const runs = periods.map((period) => place(period, day, schedule.timeZone)).filter((run) => run.stop > run.start)
  if (runs.length === 0 || !holidaysApply || !calendar || schedule.holidays === null) return { day, known: true, runs }
  try {
    return { day, known: true, runs: calendar.holidayOn(day) ? [] : runs }
  } catch (error) {
    if (error instanceof UnknownHolidayYearError) return { day, known: false, error, runsIfWorkday: runs }
    throw error
  }
}

// A period that the daylight-saving rule shrinks to nothing (02:00-02:30 on a spring-forward day) has no run.
function place(period: ClockPeriod, day: IsoDay, timeZone: string): Run {
  const stopDay = period.stop <= period.start ? addDaysTo(day, 1) : day
  return { start: zonedInstant(day, period.start, timeZone), stop: zonedInstant(stopDay, period.stop, timeZone) }
}
