import { describe, expect, it } from 'vitest'
import type { ScheduleDefinition } from './schedule-definition'
import { parseSchedule, ScheduleDefinitionError, scheduleProblems } from './validate-schedule'

// The field report's development environment: weekdays 09:30-22:00 in Seoul, Korean holidays skipped.
const definition = (changes: Partial<ScheduleDefinition> = {}): ScheduleDefinition => ({
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

const messages = (changes: Partial<ScheduleDefinition>) =>
  scheduleProblems(definition(changes)).map((problem) => problem.message)

describe('parseSchedule', () => {
  it('accepts the contract shape and fills in the defaults', () => {
    const schedule = parseSchedule(definition())
    expect(schedule.exceptions).toEqual([])
    expect(schedule.warnMinutes).toBe(10)
    expect(schedule.groups[0]!.dependsOn).toEqual([])
    expect(schedule.groups[1]!.dependsOn).toEqual(['db'])
  })

  it('accepts several periods, overnight periods, every kind of exception and no holiday calendar', () => {
    const problems = scheduleProblems(
      definition({
        holidays: null,
        periods: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', stop: '22:00' },
          { days: ['sat'], start: '22:00', stop: '06:00' },
        ],
        exceptions: [
          { date: '2026-12-23', kind: 'off' },
          { date: '2026-12-25', kind: 'on' },
          { date: '2026-12-22', kind: 'times', stop: '23:30' },
          { date: '2026-12-27', kind: 'times', start: '10:00', stop: '15:00' }, // a Sunday: both given
        ],
        warnMinutes: 0,
      }),
    )
    expect(problems).toEqual([])
  })

  it('refuses a dependency cycle with a typed error that names it', () => {
    const groups = [
      { name: 'db', select: { ids: ['dev-postgres'] }, dependsOn: ['api'] },
      { name: 'api', select: { ids: ['i-0abc'] }, dependsOn: ['db'] },
    ]
    let error: unknown
    try {
      parseSchedule(definition({ groups }))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ScheduleDefinitionError)
    expect((error as ScheduleDefinitionError).problems).toEqual([
      {
        code: 'dependency_cycle',
        path: ['groups', 0, 'dependsOn'],
        cycle: ['db', 'api', 'db'],
        message: 'Groups depend on each other in a cycle: db → api → db. Remove one of these dependencies.',
      },
    ])
    expect((error as Error).message).toContain('db → api → db')
  })

  it('refuses a dependency on an unknown group with its path', () => {
    const groups = [{ name: 'api', select: { ids: ['i-0abc'] }, dependsOn: ['database'] }]
    expect(scheduleProblems(definition({ groups }))).toEqual([
      {
        code: 'unknown_group',
        path: ['groups', 0, 'dependsOn', 0],
        message: 'Group "api" depends on "database", which is not a group of this schedule.',
      },
    ])
  })
})

describe('every problem, each with a sentence a user can act on', () => {
  it('time zone, name and holiday calendar', () => {
    expect(messages({ timeZone: 'Seoul' })).toEqual([
      'timeZone: "Seoul" is not an IANA time zone (for example Asia/Seoul).',
    ])
    expect(messages({ timeZone: '+09:00' })).toHaveLength(1)
    expect(messages({ name: '  ' })).toEqual(['name: give the schedule a name of 1 to 100 characters.'])
    expect(messages({ holidays: 'JP' as never })).toEqual(['holidays: must be "KR" or null (no holiday calendar).'])
  })

  it('periods: days, clock times, a period that starts and stops at once', () => {
    expect(messages({ periods: [] })).toEqual(['periods: give 1 to 20 periods.'])
    expect(messages({ periods: [{ days: [], start: '09:30', stop: '22:00' }] })).toEqual([
      'periods[0].days: name at least one day.',
    ])
    expect(messages({ periods: [{ days: ['mon', 'monday' as never, 'mon'], start: '9:30', stop: '24:00' }] })).toEqual([
      'periods[0].days[1]: must be one of mon, tue, wed, thu, fri, sat, sun, got "monday".',
      'periods[0].days[2]: "mon" is listed twice.',
      'periods[0].start: must be a time as HH:MM from 00:00 to 23:59, got "9:30".',
      'periods[0].stop: must be a time as HH:MM from 00:00 to 23:59, got "24:00".',
    ])
    expect(messages({ periods: [{ days: ['mon'], start: '09:30', stop: '09:30' }] })).toEqual([
      'periods[0].stop: the period starts and stops at 09:30; a stop at or before the start is the next day, so it must differ from the start.',
    ])
  })

  it('exceptions: dates, one per date, kinds and their times', () => {
    expect(
      messages({
        exceptions: [
          { date: '2026-02-30', kind: 'off' },
          { date: '2026-12-22', kind: 'off', stop: '23:00' },
          { date: '2026-12-22', kind: 'on' },
          { date: '2026-12-24', kind: 'later' as never },
          { date: '2026-12-26', kind: 'on' }, // a Saturday: no period of its own
          { date: '2026-12-27', kind: 'times', stop: '15:00' }, // a Sunday: needs a start too
          { date: '2026-12-28', kind: 'times' },
          { date: '2026-12-29', kind: 'times', start: '22:00' }, // 22:00 to 22:00
          { date: '2100-01-04', kind: 'off' },
        ],
      }),
    ).toEqual([
      'exceptions[0].date: must be a date as YYYY-MM-DD from 2000-01-01 to 2099-12-31, got "2026-02-30".',
      'exceptions[1].stop: only an exception of kind "times" has a stop.',
      'exceptions[2].date: 2026-12-22 already has an exception; one per date.',
      'exceptions[3].kind: must be one of off, on, times, got "later".',
      'exceptions[4]: no period runs on Saturdays, so 2026-12-26 cannot be "on"; give kind "times" with a start and a stop.',
      'exceptions[5]: no period runs on Sundays, so 2026-12-27 needs both a start and a stop.',
      'exceptions[6]: give a start, a stop, or both.',
      'exceptions[7]: on 2026-12-29 a period would start and stop at the same time; a stop at or before the start is the next day.',
      'exceptions[8].date: must be a date as YYYY-MM-DD from 2000-01-01 to 2099-12-31, got "2100-01-04".',
    ])
  })

  it('groups: names, selectors, ids', () => {
    expect(messages({ groups: [] })).toEqual(['groups: give 1 to 50 groups of resources.'])
    expect(
      messages({
        groups: [
          { name: 'db', select: { ids: [] } },
          { name: 'db', select: { tag: { key: '', value: 'Development' } } },
          { name: '', select: { ids: ['i-1', '', 'i-1'] } },
          { name: 'both', select: { ids: ['i-2'], tag: { key: 'Schedule', value: 'x' } } as never },
        ],
      }),
    ).toEqual([
      'groups[0].select.ids: list 1 to 500 resource ids.',
      'groups[1].name: "db" names two groups.',
      'groups[1].select.tag.key: give a tag key of 1 to 128 characters.',
      'groups[2].name: give the group a name of 1 to 100 characters.',
      'groups[2].select.ids[1]: must not be empty.',
      'groups[2].select.ids[2]: "i-1" is listed twice.',
      'groups[3].select: choose resources either by tag ({ "tag": { "key", "value" } }) or by ids ({ "ids": [...] }).',
    ])
  })

  it('warning minutes', () => {
    expect(messages({ warnMinutes: 2.5 })).toEqual([
      'warnMinutes: must be a whole number of minutes from 0 (no warning) to 240.',
    ])
    expect(messages({ warnMinutes: 241 })).toHaveLength(1)
    expect(messages({ warnMinutes: -1 })).toHaveLength(1)
  })

  it('lists problems of different fields together', () => {
    expect(
      scheduleProblems(definition({ timeZone: 'Nowhere', warnMinutes: -5, groups: [] })).map((problem) => problem.path),
    ).toEqual([['timeZone'], ['groups'], ['warnMinutes']])
  })
})
