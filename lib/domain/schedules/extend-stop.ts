// "Not tonight, we are working late": the exception that a stop warning's link creates. It moves the stop of the
// date's last run (the run that starts latest that date) to a later time, by some minutes or to a clock time, and
// replaces any exception the date had (a `times` exception keeps its start). Only a later stop is an extension;
// a date on which nothing runs (a holiday, a weekend, an `off` date) has no stop to extend.
import type { IsoDay } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import { formatClock } from './clock-time'
import { runsStartingOn } from './day-runs'
import type { ClockTime, Schedule, ScheduleException } from './schedule-definition'
import { parseSchedule } from './validate-schedule'
import { localMinutes } from '../time-zone/zoned-time'

const MINUTE = 60_000
const MAX_EXTENSION_MINUTES = 24 * 60

export class ExtendStopError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExtendStopError'
  }
}

/** A new stop: a clock time ("23:30", or "01:00" for the next day's 01:00), or minutes after the planned stop. */
export type NewStop = ClockTime | { addMinutes: number }

/** The date's new exception, and the schedule with it in place of the date's previous exception. */
export function extendStop(
  schedule: Schedule,
  date: IsoDay,
  newStop: NewStop,
  calendar?: HolidayCalendar,
): { exception: ScheduleException; schedule: Schedule } {
  const planned = lastRun(schedule, date, calendar)
  if (!planned) throw new ExtendStopError(`Nothing runs on ${date}, so there is no stop to extend.`)
  if (
    typeof newStop !== 'string' &&
    !(Number.isInteger(newStop.addMinutes) && newStop.addMinutes >= 1 && newStop.addMinutes < MAX_EXTENSION_MINUTES)
  ) {
    throw new ExtendStopError(
      `An extension is a whole number of minutes from 1 to ${MAX_EXTENSION_MINUTES - 1}, got ${newStop.addMinutes}.`,
    )
  }
  const stop =
    typeof newStop === 'string'
      ? newStop
      : formatClock(localMinutes(planned.stop + newStop.addMinutes * MINUTE, schedule.timeZone))
  const previous = schedule.exceptions.find((exception) => exception.date === date)
  const exception: ScheduleException =
    previous?.kind === 'times' ? { ...previous, stop } : { date, kind: 'times', stop }
  // Validation refuses a malformed stop, and one that would make the run start and stop at the same time.
  const extended = parseSchedule({
    ...schedule,
    exceptions: [...schedule.exceptions.filter((other) => other.date !== date), exception],
  })
  const extendedRun = lastRun(extended, date, calendar)
  if (!extendedRun || extendedRun.stop <= planned.stop) {
    const plannedStop = formatClock(localMinutes(planned.stop, schedule.timeZone))
    throw new ExtendStopError(
      `A stop at ${stop} is not later than the planned stop at ${plannedStop} on ${date} (a run lasts less than 24 hours).`,
    )
  }
  return { exception, schedule: extended }
}

/** The instant the date's last run stops by the plan (exceptions applied), or null when nothing runs that date. */
export function plannedStop(schedule: Schedule, date: IsoDay, calendar?: HolidayCalendar): number | null {
  return lastRun(schedule, date, calendar)?.stop ?? null
}

function lastRun(schedule: Schedule, date: IsoDay, calendar: HolidayCalendar | undefined) {
  const day = runsStartingOn(schedule, date, calendar)
  if (!day.known) throw day.error
  return day.runs.at(-1)
}
