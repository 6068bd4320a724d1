// The missed-action rule: an action the worker did not perform on time (it was down) is performed late only while
// it is still the schedule's latest transition, that is while `now` is still inside the period it began. A missed
// start runs until the run it starts has ended; a missed stop runs until the next start, never in the middle of
// the next day's run. An action that is no longer in the plan (the stop was extended since) never runs, nor does
// one more than a plan's length (PLAN_MAX_DAYS) old.
import { daysBetweenInclusive } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import type { PlannedAction } from './plan-actions'
import type { Schedule } from './schedule-definition'
import { PLAN_MAX_DAYS, transitionsBetween } from './schedule-runs'
import { localDay } from '../time-zone/zoned-time'

export function shouldRunMissedAction(
  action: PlannedAction,
  now: Date,
  schedule: Schedule,
  calendar?: HolidayCalendar,
): boolean {
  const at = Date.parse(action.at)
  const end = now.getTime()
  if (!(at <= end) || !schedule.groups.some((group) => group.name === action.group)) return false
  const from = localDay(at, schedule.timeZone)
  const to = localDay(end, schedule.timeZone)
  if (daysBetweenInclusive(from, to) > PLAN_MAX_DAYS) return false
  const { transitions, unknown } = transitionsBetween(schedule, { from, to, calendar })
  // A date with unknown holidays that might have started or stopped something by now leaves the answer unknown.
  const undecided = unknown.find((day) => day.runsIfWorkday.some((run) => run.start <= end))
  if (undecided) throw undecided.error
  const latest = transitions.filter((transition) => transition.instant <= end).at(-1)
  return latest !== undefined && latest.instant === at && latest.action === action.action
}
