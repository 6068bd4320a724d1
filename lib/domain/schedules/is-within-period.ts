// Whether a schedule's resources should be running at an instant: inside a run that started that local date or
// the date before (an overnight period), holidays and exceptions applied. A run includes its start and excludes
// its stop. Never a guess: an instant that only an unknown holiday year could decide throws that error.
import { addDaysTo } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import { runsStartingOn } from './day-runs'
import type { Schedule } from './schedule-definition'
import { localDay } from '../time-zone/zoned-time'

export function isWithinPeriod(schedule: Schedule, instant: Date, calendar?: HolidayCalendar): boolean {
  const time = instant.getTime()
  const today = localDay(time, schedule.timeZone)
  const days = [addDaysTo(today, -1), today].map((day) => runsStartingOn(schedule, day, calendar))
  const contains = (run: { start: number; stop: number }) => run.start <= time && time < run.stop
  if (days.some((day) => day.known && day.runs.some(contains))) return true
  for (const day of days) if (!day.known && day.runsIfWorkday.some(contains)) throw day.error
  return false
}
