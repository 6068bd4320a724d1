import { describe, expect, it } from 'vitest'
import { UnknownHolidayYearError } from '../holidays/holiday-calendar'
import { developmentSchedule, korea, lines } from './__fixtures__/development-schedule'
import { extendStop, ExtendStopError, plannedStop } from './extend-stop'
import { planActions } from './plan-actions'
import { ScheduleDefinitionError } from './validate-schedule'

// Weekdays 09:30-22:00 in Seoul with Korean holidays; 2026-12-22 is a Tuesday.
const schedule = developmentSchedule()
const stopsOn = (extended: typeof schedule, date: string) =>
  lines(
    planActions(extended, { from: date, to: date, calendar: korea }).actions.filter(
      (action) => action.action === 'stop' && action.group === 'db',
    ),
  )

describe("extending tonight's stop", () => {
  it('to a time: the exception a "work late until 23:30" link creates', () => {
    const { exception, schedule: extended } = extendStop(schedule, '2026-12-22', '23:30', korea)
    expect(exception).toEqual({ date: '2026-12-22', kind: 'times', stop: '23:30' })
    expect(extended.exceptions).toEqual([exception])
    expect(stopsOn(extended, '2026-12-22')).toEqual(['2026-12-22T23:30:00+09:00 stop db'])
  })

  it('by 1 h, 2 h or past midnight', () => {
    expect(extendStop(schedule, '2026-12-22', { addMinutes: 60 }, korea).exception.stop).toBe('23:00')
    expect(extendStop(schedule, '2026-12-22', { addMinutes: 120 }, korea).exception.stop).toBe('00:00')
    const { schedule: extended } = extendStop(schedule, '2026-12-22', { addMinutes: 180 }, korea)
    expect(stopsOn(extended, '2026-12-23')).toEqual([
      '2026-12-23T01:00:00+09:00 stop db',
      '2026-12-23T22:00:00+09:00 stop db',
    ])
  })

  it('twice: the second extension replaces the first, and a day with other times keeps its start', () => {
    const once = extendStop(schedule, '2026-12-22', '23:00', korea).schedule
    expect(extendStop(once, '2026-12-22', { addMinutes: 60 }, korea).schedule.exceptions).toEqual([
      { date: '2026-12-22', kind: 'times', stop: '00:00' },
    ])
    const early = developmentSchedule({
      exceptions: [{ date: '2026-12-22', kind: 'times', start: '07:00', stop: '20:00' }],
    })
    expect(extendStop(early, '2026-12-22', { addMinutes: 60 }, korea).exception).toEqual({
      date: '2026-12-22',
      kind: 'times',
      start: '07:00',
      stop: '21:00',
    })
  })

  it('a holiday that has been turned on can be extended too', () => {
    const on = developmentSchedule({ exceptions: [{ date: '2026-12-25', kind: 'on' }] })
    expect(extendStop(on, '2026-12-25', '23:00', korea).exception).toEqual({
      date: '2026-12-25',
      kind: 'times',
      stop: '23:00',
    })
  })

  it('refuses an earlier stop, a day on which nothing runs, and a malformed time', () => {
    expect(() => extendStop(schedule, '2026-12-22', '21:00', korea)).toThrow(
      'A stop at 21:00 is not later than the planned stop at 22:00 on 2026-12-22',
    )
    expect(() => extendStop(schedule, '2026-12-22', '22:00', korea)).toThrow(ExtendStopError)
    expect(() => extendStop(schedule, '2026-12-22', '09:30', korea)).toThrow(ScheduleDefinitionError) // would start and stop at 09:30
    expect(() => extendStop(schedule, '2026-12-22', { addMinutes: 0 }, korea)).toThrow(ExtendStopError)
    expect(() => extendStop(schedule, '2026-12-25', '23:00', korea)).toThrow(
      'Nothing runs on 2026-12-25, so there is no stop to extend.',
    )
    expect(() => extendStop(schedule, '2026-12-26', '23:00', korea)).toThrow(ExtendStopError)
    expect(() => extendStop(schedule, '2026-12-22', '25:00', korea)).toThrow(ScheduleDefinitionError)
    expect(() => extendStop(schedule, '2028-01-03', '23:00', korea)).toThrow(UnknownHolidayYearError)
  })
})

describe('plannedStop', () => {
  it("is the date's last stop with its exception applied, and null when nothing runs", () => {
    const late = developmentSchedule({ exceptions: [{ date: '2026-12-22', kind: 'times', stop: '23:30' }] })
    expect(new Date(plannedStop(late, '2026-12-21', korea)!).toISOString()).toBe('2026-12-21T13:00:00.000Z')
    expect(new Date(plannedStop(late, '2026-12-22', korea)!).toISOString()).toBe('2026-12-22T14:30:00.000Z')
    // Christmas is a Korean public holiday; the 26th a Saturday.
    expect(plannedStop(late, '2026-12-25', korea)).toBeNull()
    expect(plannedStop(late, '2026-12-26', korea)).toBeNull()
  })
})
