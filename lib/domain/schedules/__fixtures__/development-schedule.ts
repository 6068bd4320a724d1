// The field report's development environment, for tests: weekdays 09:30-22:00 in Seoul, Korean holidays
// skipped, the database group started before the API group.
import { holidayCalendar } from '../../holidays/holiday-calendar'
import type { PlannedAction } from '../plan-actions'
import type { Schedule, ScheduleDefinition } from '../schedule-definition'
import { parseSchedule } from '../validate-schedule'

export const korea = holidayCalendar('KR')

export function developmentSchedule(changes: Partial<ScheduleDefinition> = {}): Schedule {
  return parseSchedule({
    name: 'Development',
    timeZone: 'Asia/Seoul',
    periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', stop: '22:00' }],
    holidays: 'KR',
    groups: [
      { name: 'db', select: { ids: ['dev-postgres'] } },
      { name: 'api', select: { tag: { key: 'Schedule', value: 'Development' } }, dependsOn: ['db'] },
    ],
    ...changes,
  })
}

/** One group, so that a plan reads as one line per start or stop. */
export const oneGroup = [{ name: 'servers', select: { tag: { key: 'Schedule', value: 'Development' } } }]

/** "2026-12-22T09:30:00+09:00 start db", one line per action, to compare plans with hand-written lists. */
export function lines(actions: readonly PlannedAction[]): string[] {
  return actions.map((action) => `${action.at} ${action.action} ${action.group}`)
}
