// A schedule's runs over a range of local dates, merged: periods that overlap or touch (a day period ending at
// 22:00 and an overnight one starting at 22:00) are one run, so the resources are not stopped and started again
// in between. The date before the range is included because its overnight periods stop inside the range. The
// transitions (start at a run's beginning, stop at its end) whose local date is in the range are the plan.
import { addDaysTo, daysBetweenInclusive, type IsoDay, isSupportedDay, SUPPORTED_DAYS } from '../calendar'
import type { HolidayCalendar, UnknownHolidayYearError } from '../holidays/holiday-calendar'
import { type Run, runsStartingOn } from './day-runs'
import type { Schedule } from './schedule-definition'
import { localDay } from '../time-zone/zoned-time'

/** The longest range planned at once (a year, leap or not). */
export const PLAN_MAX_DAYS = 366

export type PlanRange = { from: IsoDay; to: IsoDay; calendar?: HolidayCalendar }
/** A date whose holidays are unknown, with the runs it would have were it a working day. */
export type UnknownDay = { day: IsoDay; error: UnknownHolidayYearError; runsIfWorkday: Run[] }
export type Transition = { instant: number; action: 'start' | 'stop' }

export class PlanRangeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlanRangeError'
  }
}

function checkRange(from: IsoDay, to: IsoDay): void {
  for (const [field, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isSupportedDay(day)) {
      throw new PlanRangeError(
        `${field} must be a date as YYYY-MM-DD from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last}, got "${day}".`,
      )
    }
  }
  if (from > to) throw new PlanRangeError(`from (${from}) must not be after to (${to}).`)
  if (daysBetweenInclusive(from, to) > PLAN_MAX_DAYS)
    throw new PlanRangeError(`A plan covers at most ${PLAN_MAX_DAYS} days; ${from} to ${to} is longer.`)
}

function isInRange(instant: number, { from, to }: PlanRange, timeZone: string): boolean {
  const day = localDay(instant, timeZone)
  return day >= from && day <= to
}

/**
 * The merged runs that start on the dates from the day before `from` to `to`, in time order, and the dates whose
 * runs are unknown (a holiday year the calendar does not know) and would reach into the range.
 */
export function runsBetween(schedule: Schedule, range: PlanRange): { runs: Run[]; unknown: UnknownDay[] } {
  checkRange(range.from, range.to)
  const inRange = (instant: number) => isInRange(instant, range, schedule.timeZone)
  const runs: Run[] = []
  const unknown: UnknownDay[] = []
  const dayBefore = addDaysTo(range.from, -1)
  const days = daysBetweenInclusive(dayBefore, range.to)
  for (let offset = 0; offset < days; offset++) {
    const dayRuns = runsStartingOn(schedule, addDaysTo(dayBefore, offset), range.calendar)
    if (dayRuns.known) runs.push(...dayRuns.runs)
    else if (dayRuns.runsIfWorkday.some((run) => inRange(run.start) || inRange(run.stop)))
      unknown.push({ day: dayRuns.day, error: dayRuns.error, runsIfWorkday: dayRuns.runsIfWorkday })
  }
  runs.sort((a, b) => a.start - b.start)
  const merged: Run[] = []
  for (const run of runs) {
    const last = merged.at(-1)
    if (last && run.start <= last.stop) last.stop = Math.max(last.stop, run.stop)
    else merged.push({ ...run })
  }
  return { runs: merged, unknown }
}

/** The starts and stops whose local date is in the range, in time order. */
export function transitionsBetween(
  schedule: Schedule,
  range: PlanRange,
): { transitions: Transition[]; unknown: UnknownDay[] } {
  const { runs, unknown } = runsBetween(schedule, range)
  const transitions: Transition[] = []
  for (const run of runs) {
    if (isInRange(run.start, range, schedule.timeZone)) transitions.push({ instant: run.start, action: 'start' })
    if (isInRange(run.stop, range, schedule.timeZone)) transitions.push({ instant: run.stop, action: 'stop' })
  }
  return { transitions, unknown }
}
