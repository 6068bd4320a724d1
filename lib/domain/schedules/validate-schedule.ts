// Validation of a schedule definition: every problem at once, each with the path of the field and a sentence a
// user can act on, so that the API can answer 400 with all of them (the HTTP mapping lives at the edge). The
// shape (strings, arrays) is the boundary schema's job; this checks what only the domain knows: clock times, IANA
// zones, dates, exceptions against the weekly periods, group names and their dependencies.
import { isSupportedDay, SUPPORTED_DAYS } from '../calendar'
import { clockMinutes } from './clock-time'
import { clockPeriodsOn, weekdayOf } from './clock-periods'
import { dependencyProblems } from './group-order'
import {
  DEFAULT_WARN_MINUTES,
  EXCEPTION_KINDS,
  type Schedule,
  type ScheduleDefinition,
  SCHEDULE_LIMITS,
  type ScheduleException,
  type ScheduleGroupDefinition,
  type SchedulePeriod,
  type Weekday,
  WEEKDAYS,
} from './schedule-definition'
import { isTimeZone } from '../time-zone/zoned-time'

export type ScheduleProblemCode = 'invalid' | 'too_many' | 'duplicate' | 'unknown_group' | 'dependency_cycle'

export type ScheduleProblem = {
  code: ScheduleProblemCode
  path: (string | number)[]
  message: string
  /** For a dependency cycle, the groups around it, the first repeated at the end: ["db", "api", "db"]. */
  cycle?: string[]
}

export class ScheduleDefinitionError extends Error {
  constructor(readonly problems: readonly ScheduleProblem[]) {
    super(problems.map((problem) => problem.message).join(' '))
    this.name = 'ScheduleDefinitionError'
  }
}

/** The definition as a Schedule with its defaults, or ScheduleDefinitionError listing every problem. */
export function parseSchedule(definition: ScheduleDefinition): Schedule {
  const problems = scheduleProblems(definition)
  if (problems.length > 0) throw new ScheduleDefinitionError(problems)
  return {
    name: definition.name,
    timeZone: definition.timeZone,
    periods: definition.periods,
    holidays: definition.holidays,
    exceptions: definition.exceptions ?? [],
    groups: definition.groups.map((group) => ({
      name: group.name,
      select: group.select,
      dependsOn: group.dependsOn ?? [],
    })),
    warnMinutes: definition.warnMinutes ?? DEFAULT_WARN_MINUTES,
  } as Schedule
}

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Mondays',
  tue: 'Tuesdays',
  wed: 'Wednesdays',
  thu: 'Thursdays',
  fri: 'Fridays',
  sat: 'Saturdays',
  sun: 'Sundays',
}

type Path = (string | number)[]
type Report = (path: Path, message: string, code?: ScheduleProblemCode) => void

/** "periods[0].stop" */
function label(path: Path): string {
  return path
    .map((part, position) => (typeof part === 'number' ? `[${part}]` : position === 0 ? part : `.${part}`))
    .join('')
}

export function scheduleProblems(definition: ScheduleDefinition): ScheduleProblem[] {
  const problems: ScheduleProblem[] = []
  const report: Report = (path, message, code = 'invalid') =>
    problems.push({ code, path, message: `${label(path)}: ${message}` })
  if (definition.name.trim() === '' || definition.name.length > SCHEDULE_LIMITS.nameLength) {
    report(['name'], `give the schedule a name of 1 to ${SCHEDULE_LIMITS.nameLength} characters.`)
  }
  if (!isTimeZone(definition.timeZone))
    report(['timeZone'], `"${definition.timeZone}" is not an IANA time zone (for example Asia/Seoul).`)
  if (definition.holidays !== 'KR' && definition.holidays !== null)
    report(['holidays'], 'must be "KR" or null (no holiday calendar).')
  const beforePeriods = problems.length
  periodProblems(definition.periods, report)
  // Exceptions are read against the weekly periods, so only once those are sound.
  if (problems.length === beforePeriods) exceptionProblems(definition.periods, definition.exceptions ?? [], report)
  groupProblems(definition.groups, report, problems)
  const warn = definition.warnMinutes
  if (warn !== undefined && !(Number.isInteger(warn) && warn >= 0 && warn <= SCHEDULE_LIMITS.maxWarnMinutes)) {
    report(
      ['warnMinutes'],
      `must be a whole number of minutes from 0 (no warning) to ${SCHEDULE_LIMITS.maxWarnMinutes}.`,
    )
  }
  return problems
}

function clockProblem(path: Path, value: string | undefined, report: Report): boolean {
  if (value === undefined || clockMinutes(value) !== null) return false
  report(path, `must be a time as HH:MM from 00:00 to 23:59, got "${value}".`)
  return true
}

function periodProblems(periods: readonly SchedulePeriod[], report: Report): void {
  if (periods.length === 0 || periods.length > SCHEDULE_LIMITS.periods) {
    report(['periods'], `give 1 to ${SCHEDULE_LIMITS.periods} periods.`, periods.length === 0 ? 'invalid' : 'too_many')
  }
  periods.forEach((period, index) => {
    if (period.days.length === 0) report(['periods', index, 'days'], 'name at least one day.')
    period.days.forEach((day, position) => {
      if (!WEEKDAYS.includes(day))
        report(['periods', index, 'days', position], `must be one of ${WEEKDAYS.join(', ')}, got "${day}".`)
      else if (period.days.indexOf(day) !== position)
        report(['periods', index, 'days', position], `"${day}" is listed twice.`, 'duplicate')
    })
    const invalid = [
      clockProblem(['periods', index, 'start'], period.start, report),
      clockProblem(['periods', index, 'stop'], period.stop, report),
    ]
    if (!invalid.includes(true) && period.start === period.stop) {
      report(
        ['periods', index, 'stop'],
        `the period starts and stops at ${period.start}; a stop at or before the start is the next day, so it must differ from the start.`,
      )
    }
  })
}

function exceptionProblems(
  periods: readonly SchedulePeriod[],
  exceptions: readonly ScheduleException[],
  report: Report,
): void {
  if (exceptions.length > SCHEDULE_LIMITS.exceptions)
    report(['exceptions'], `at most ${SCHEDULE_LIMITS.exceptions} exceptions.`, 'too_many')
  const seen = new Set<string>()
  exceptions.forEach((exception, index) => {
    const path = ['exceptions', index]
    const { date, kind } = exception
    if (!isSupportedDay(date)) {
      return report(
        [...path, 'date'],
        `must be a date as YYYY-MM-DD from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last}, got "${date}".`,
      )
    }
    if (seen.has(date)) return report([...path, 'date'], `${date} already has an exception; one per date.`, 'duplicate')
    seen.add(date)
    if (!EXCEPTION_KINDS.includes(kind))
      return report([...path, 'kind'], `must be one of ${EXCEPTION_KINDS.join(', ')}, got "${kind}".`)
    if (kind !== 'times') {
      for (const field of ['start', 'stop'] as const) {
        if (exception[field] !== undefined)
          report([...path, field], `only an exception of kind "times" has a ${field}.`)
      }
    }
    const hasOwnPeriods = clockPeriodsOn(periods, date, undefined).periods.length > 0
    const weekday = WEEKDAY_NAMES[weekdayOf(date)]
    if (kind === 'on' && !hasOwnPeriods) {
      return report(
        path,
        `no period runs on ${weekday}, so ${date} cannot be "on"; give kind "times" with a start and a stop.`,
      )
    }
    if (kind !== 'times') return
    const invalid = [
      clockProblem([...path, 'start'], exception.start, report),
      clockProblem([...path, 'stop'], exception.stop, report),
    ]
    if (invalid.includes(true)) return
    if (exception.start === undefined && exception.stop === undefined)
      return report(path, 'give a start, a stop, or both.')
    if (!hasOwnPeriods && (exception.start === undefined || exception.stop === undefined)) {
      return report(path, `no period runs on ${weekday}, so ${date} needs both a start and a stop.`)
    }
    const empty = clockPeriodsOn(periods, date, exception).periods.find((period) => period.start === period.stop)
    if (empty)
      report(
        path,
        `on ${date} a period would start and stop at the same time; a stop at or before the start is the next day.`,
      )
  })
}

function groupProblems(groups: readonly ScheduleGroupDefinition[], report: Report, problems: ScheduleProblem[]): void {
  if (groups.length === 0 || groups.length > SCHEDULE_LIMITS.groups) {
    report(
      ['groups'],
      `give 1 to ${SCHEDULE_LIMITS.groups} groups of resources.`,
      groups.length === 0 ? 'invalid' : 'too_many',
    )
  }
  const names = new Set<string>()
  groups.forEach((group, index) => {
    if (group.name.trim() === '' || group.name.length > SCHEDULE_LIMITS.nameLength) {
      report(['groups', index, 'name'], `give the group a name of 1 to ${SCHEDULE_LIMITS.nameLength} characters.`)
    } else if (names.has(group.name))
      report(['groups', index, 'name'], `"${group.name}" names two groups.`, 'duplicate')
    names.add(group.name)
    selectorProblems(group, ['groups', index, 'select'], report)
  })
  if (names.size !== groups.length) return // dependencies on a duplicated name would be ambiguous
  for (const problem of dependencyProblems(groups)) {
    if (problem.code === 'unknown_group') {
      problems.push({
        code: problem.code,
        path: ['groups', problem.group, 'dependsOn', problem.dependency],
        message: problem.message,
      })
    } else {
      problems.push({
        code: problem.code,
        path: ['groups', problem.group, 'dependsOn'],
        message: problem.message,
        cycle: problem.cycle,
      })
    }
  }
}

function selectorProblems(group: ScheduleGroupDefinition, path: Path, report: Report): void {
  const select = group.select
  if ('tag' in select === 'ids' in select)
    return report(path, 'choose resources either by tag ({ "tag": { "key", "value" } }) or by ids ({ "ids": [...] }).')
  if ('tag' in select) {
    const { key, value } = select.tag
    if (key.trim() === '' || key.length > SCHEDULE_LIMITS.tagKeyLength)
      report([...path, 'tag', 'key'], `give a tag key of 1 to ${SCHEDULE_LIMITS.tagKeyLength} characters.`)
    if (value.length > SCHEDULE_LIMITS.tagValueLength)
      report([...path, 'tag', 'value'], `a tag value has at most ${SCHEDULE_LIMITS.tagValueLength} characters.`)
    return
  }
  if (select.ids.length === 0 || select.ids.length > SCHEDULE_LIMITS.idsPerGroup) {
    report(
      [...path, 'ids'],
      `list 1 to ${SCHEDULE_LIMITS.idsPerGroup} resource ids.`,
      select.ids.length === 0 ? 'invalid' : 'too_many',
    )
  }
  select.ids.forEach((id, position) => {
    if (id.trim() === '') report([...path, 'ids', position], 'must not be empty.')
    else if (select.ids.indexOf(id) !== position)
      report([...path, 'ids', position], `"${id}" is listed twice.`, 'duplicate')
  })
}
