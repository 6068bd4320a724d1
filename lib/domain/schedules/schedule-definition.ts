// What a server schedule is, in the shape of the API contract (POST /api/schedules): a time zone, weekly periods,
// the public-holiday calendar to skip, one-off exceptions, and groups of resources started in dependency order.
// A definition becomes a Schedule only through parseSchedule (validate-schedule.ts), so everything that plans
// with a Schedule may trust it.
import type { IsoDay } from '../calendar'
import type { CalendarId } from '../holidays/holiday-calendar'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** A wall-clock time "HH:MM" (00:00 to 23:59) in the schedule's time zone. */
export type ClockTime = string

/** Runs on each of `days` from `start` to `stop`; a stop at or before the start is on the next day (overnight). */
export type SchedulePeriod = { days: Weekday[]; start: ClockTime; stop: ClockTime }

export const EXCEPTION_KINDS = ['off', 'on', 'times'] as const
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number]

/**
 * One date that differs from the weekly periods: `off` (nothing starts that day), `on` (its weekday's periods
 * run even on a holiday), `times` (the day's first start and/or last stop are moved; both are needed on a day
 * without periods of its own). See clock-periods.ts for the exact rules.
 */
export type ScheduleException = { date: IsoDay; kind: ExceptionKind; start?: ClockTime; stop?: ClockTime }

/** A group's resources: every instance carrying a tag (for example Schedule=Development), or listed ids. */
export type GroupSelector = { tag: { key: string; value: string } } | { ids: string[] }

export type ScheduleGroupDefinition = { name: string; select: GroupSelector; dependsOn?: string[] }
export type ScheduleGroup = Required<ScheduleGroupDefinition>

/** The public-holiday calendar whose days are skipped, or null for none. */
export type ScheduleHolidays = Exclude<CalendarId, 'none'> | null

/** A schedule as a user or script sends it; omitted lists are empty and warnMinutes defaults to 10. */
export type ScheduleDefinition = {
  name: string
  timeZone: string
  periods: SchedulePeriod[]
  holidays: ScheduleHolidays
  exceptions?: ScheduleException[]
  groups: ScheduleGroupDefinition[]
  warnMinutes?: number
}

declare const validated: unique symbol

/** A definition that parseSchedule accepted, with its defaults filled in (plain data: store it as JSON). */
export type Schedule = Required<Omit<ScheduleDefinition, 'groups'>> & { groups: ScheduleGroup[] } & {
  readonly [validated]: true
}

export const DEFAULT_WARN_MINUTES = 10

/** Bounds that keep every loop over a schedule small, and its dates in a range the product plans. */
export const SCHEDULE_LIMITS = {
  nameLength: 100,
  periods: 20,
  exceptions: 1000,
  groups: 50,
  idsPerGroup: 500,
  tagKeyLength: 128, // AWS's own tag limits
  tagValueLength: 256,
  maxWarnMinutes: 240,
} as const
