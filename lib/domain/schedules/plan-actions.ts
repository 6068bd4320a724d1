// The plan a user and a script see (GET /api/schedules/{id}/plan): every start and stop between two inclusive
// local dates, in execution order, with the instant in the schedule's own offset. A start of the schedule is one
// action per group in start order (group-order.ts), a stop one per group in the reverse order; the server adds
// each group's resource ids. Dates whose holidays are unknown have no actions and are listed with the reason.
import type { IsoDay } from '../calendar'
import { startOrder } from './group-order'
import type { Schedule } from './schedule-definition'
import { type PlanRange, transitionsBetween } from './schedule-runs'
import { zonedIso } from '../time-zone/zoned-time'

export type ScheduleAction = 'start' | 'stop'

/** `at` as ISO 8601 with the schedule's offset: "2026-12-22T09:30:00+09:00". */
export type PlannedAction = { at: string; group: string; action: ScheduleAction }

export type Plan = {
  actions: PlannedAction[]
  /** Dates that would start or stop something in the range, but whose public holidays are not known yet. */
  unknownDays: { date: IsoDay; reason: string }[]
}

export function planActions(schedule: Schedule, range: PlanRange): Plan {
  const { transitions, unknown } = transitionsBetween(schedule, range)
  const starting = startOrder(schedule.groups)
  const stopping = [...starting].reverse()
  const actions = transitions.flatMap(({ instant, action }) => {
    const at = zonedIso(instant, schedule.timeZone)
    return (action === 'start' ? starting : stopping).map((group) => ({ at, group, action }))
  })
  return { actions, unknownDays: unknown.map(({ day, error }) => ({ date: day, reason: error.message })) }
}
