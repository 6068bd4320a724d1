import { describe, expect, it } from 'vitest'
import { holidayCalendar } from '../holidays/holiday-calendar'
import { developmentSchedule, korea, lines, oneGroup } from './__fixtures__/development-schedule'
import { planActions } from './plan-actions'
import type { ScheduleException } from './schedule-definition'
import { PlanRangeError } from './schedule-runs'

// Expected plans are written by hand from the calendar: 2026-12-25 is a Friday (Christmas), 2027-01-01 a Friday
// (New Year), 설날 2027 is Saturday 02-06 to Monday 02-08 with Tuesday 02-09 as its substitute day.

describe('a weekday schedule in Seoul with Korean holidays', () => {
  it('starts groups in dependency order and stops them in reverse, with the +09:00 offset', () => {
    expect(
      lines(planActions(developmentSchedule(), { from: '2026-12-22', to: '2026-12-22', calendar: korea }).actions),
    ).toEqual([
      '2026-12-22T09:30:00+09:00 start db',
      '2026-12-22T09:30:00+09:00 start api',
      '2026-12-22T22:00:00+09:00 stop api',
      '2026-12-22T22:00:00+09:00 stop db',
    ])
  })

  it('a three-group chain starts database, middleware, API and stops API, middleware, database', () => {
    const groups = [
      { name: 'api', select: { ids: ['i-api'] }, dependsOn: ['middleware'] },
      { name: 'middleware', select: { ids: ['i-mq'] }, dependsOn: ['db'] },
      { name: 'db', select: { ids: ['dev-postgres'] } },
    ]
    const plan = planActions(developmentSchedule({ groups }), { from: '2026-12-22', to: '2026-12-22', calendar: korea })
    expect(plan.actions.map((action) => `${action.action} ${action.group}`)).toEqual([
      'start db',
      'start middleware',
      'start api',
      'stop api',
      'stop middleware',
      'stop db',
    ])
  })

  it('skips Christmas 2026 and the weekend', () => {
    const plan = planActions(developmentSchedule({ groups: oneGroup }), {
      from: '2026-12-24',
      to: '2026-12-28',
      calendar: korea,
    })
    expect(lines(plan.actions)).toEqual([
      '2026-12-24T09:30:00+09:00 start servers',
      '2026-12-24T22:00:00+09:00 stop servers',
      '2026-12-28T09:30:00+09:00 start servers',
      '2026-12-28T22:00:00+09:00 stop servers',
    ])
    expect(plan.unknownDays).toEqual([])
  })

  it('skips New Year 2027', () => {
    const plan = planActions(developmentSchedule({ groups: oneGroup }), {
      from: '2026-12-31',
      to: '2027-01-04',
      calendar: korea,
    })
    expect(lines(plan.actions)).toEqual([
      '2026-12-31T09:30:00+09:00 start servers',
      '2026-12-31T22:00:00+09:00 stop servers',
      '2027-01-04T09:30:00+09:00 start servers',
      '2027-01-04T22:00:00+09:00 stop servers',
    ])
  })

  it('skips 설날 2027 and its substitute day 2027-02-09', () => {
    const plan = planActions(developmentSchedule({ groups: oneGroup }), {
      from: '2027-02-05',
      to: '2027-02-10',
      calendar: korea,
    })
    expect(lines(plan.actions)).toEqual([
      '2027-02-05T09:30:00+09:00 start servers',
      '2027-02-05T22:00:00+09:00 stop servers',
      '2027-02-10T09:30:00+09:00 start servers',
      '2027-02-10T22:00:00+09:00 stop servers',
    ])
  })

  it("skips the organisation's own days off from the calendar it is given", () => {
    const withCompanyDay = holidayCalendar('KR', [{ name: '전사 휴무', day: '2026-12-31' }])
    const plan = planActions(developmentSchedule({ groups: oneGroup }), {
      from: '2026-12-30',
      to: '2026-12-31',
      calendar: withCompanyDay,
    })
    expect(lines(plan.actions)).toEqual([
      '2026-12-30T09:30:00+09:00 start servers',
      '2026-12-30T22:00:00+09:00 stop servers',
    ])
  })

  it('without a holiday calendar, Christmas is a working day', () => {
    const plan = planActions(developmentSchedule({ groups: oneGroup, holidays: null }), {
      from: '2026-12-25',
      to: '2026-12-25',
    })
    expect(lines(plan.actions)).toEqual([
      '2026-12-25T09:30:00+09:00 start servers',
      '2026-12-25T22:00:00+09:00 stop servers',
    ])
  })

  it('never guesses a year whose holidays are not published: those days are unknown, with the reason', () => {
    const plan = planActions(developmentSchedule({ groups: oneGroup }), {
      from: '2027-12-31',
      to: '2028-01-04',
      calendar: korea,
    })
    expect(lines(plan.actions)).toEqual([
      '2027-12-31T09:30:00+09:00 start servers',
      '2027-12-31T22:00:00+09:00 stop servers',
    ])
    // 2028-01-01 and 01-02 are a weekend: nothing would run, so nothing is unknown.
    const reason = 'The KR public holidays of 2028 are not published yet (known: 2018–2027).'
    expect(plan.unknownDays).toEqual([
      { date: '2028-01-03', reason },
      { date: '2028-01-04', reason },
    ])
  })

  it('an exception decides a day without the calendar', () => {
    const schedule = developmentSchedule({
      groups: oneGroup,
      exceptions: [
        { date: '2028-01-03', kind: 'on' },
        { date: '2028-01-04', kind: 'off' },
      ],
    })
    const plan = planActions(schedule, { from: '2028-01-03', to: '2028-01-04', calendar: korea })
    expect(lines(plan.actions)).toEqual([
      '2028-01-03T09:30:00+09:00 start servers',
      '2028-01-03T22:00:00+09:00 stop servers',
    ])
    expect(plan.unknownDays).toEqual([])
  })

  it('refuses a range it cannot plan', () => {
    const schedule = developmentSchedule()
    expect(() => planActions(schedule, { from: '2026-12-23', to: '2026-12-22', calendar: korea })).toThrow(
      PlanRangeError,
    )
    expect(() => planActions(schedule, { from: '2026-01-01', to: '2027-01-02', calendar: korea })).toThrow(
      'A plan covers at most 366 days; 2026-01-01 to 2027-01-02 is longer.',
    )
    expect(() => planActions(schedule, { from: '2026-02-30', to: '2026-03-02', calendar: korea })).toThrow(
      'from must be a date as YYYY-MM-DD from 2000-01-01 to 2099-12-31, got "2026-02-30".',
    )
    expect(() => planActions(schedule, { from: '9999-12-30', to: '9999-12-31', calendar: korea })).toThrow(
      PlanRangeError,
    )
  })

  it('a schedule that skips holidays needs their calendar', () => {
    expect(() => planActions(developmentSchedule(), { from: '2026-12-22', to: '2026-12-22' })).toThrow(TypeError)
  })
})

describe('overnight periods', () => {
  // A night batch window: weekdays 20:00 to 02:00 the next morning.
  const night = (exceptions: ScheduleException[] = []) =>
    developmentSchedule({
      groups: oneGroup,
      periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '20:00', stop: '02:00' }],
      exceptions,
    })

  it('stop the next morning; a plan that begins mid-run includes the stop of the run that began the day before', () => {
    expect(lines(planActions(night(), { from: '2026-12-22', to: '2026-12-22', calendar: korea }).actions)).toEqual([
      '2026-12-22T02:00:00+09:00 stop servers', // Monday night's run
      '2026-12-22T20:00:00+09:00 start servers',
    ])
  })

  it('a holiday cancels the run that starts on it, not the one that started the evening before', () => {
    expect(lines(planActions(night(), { from: '2026-12-24', to: '2026-12-28', calendar: korea }).actions)).toEqual([
      '2026-12-24T02:00:00+09:00 stop servers',
      '2026-12-24T20:00:00+09:00 start servers',
      '2026-12-25T02:00:00+09:00 stop servers', // Thursday's run ends on Christmas morning as planned
      '2026-12-28T20:00:00+09:00 start servers', // no run starts Friday (Christmas), Saturday or Sunday
    ])
  })

  it('a day off stops the night before as planned and starts nothing that evening', () => {
    expect(
      lines(
        planActions(night([{ date: '2026-12-23', kind: 'off' }]), {
          from: '2026-12-23',
          to: '2026-12-24',
          calendar: korea,
        }).actions,
      ),
    ).toEqual(['2026-12-23T02:00:00+09:00 stop servers', '2026-12-24T20:00:00+09:00 start servers'])
  })

  it('periods that touch are one run: no stop and start at 22:00 on Friday', () => {
    const schedule = developmentSchedule({
      groups: oneGroup,
      periods: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', stop: '22:00' },
        { days: ['fri'], start: '22:00', stop: '02:00' },
      ],
    })
    expect(lines(planActions(schedule, { from: '2026-12-18', to: '2026-12-19', calendar: korea }).actions)).toEqual([
      '2026-12-18T09:30:00+09:00 start servers',
      '2026-12-19T02:00:00+09:00 stop servers',
    ])
  })
})

describe('exceptions', () => {
  const plan = (exceptions: ScheduleException[], from: string, to: string) =>
    lines(planActions(developmentSchedule({ groups: oneGroup, exceptions }), { from, to, calendar: korea }).actions)

  it("working late until 23:30 on 12-22 moves that night's stop only", () => {
    expect(plan([{ date: '2026-12-22', kind: 'times', stop: '23:30' }], '2026-12-22', '2026-12-23')).toEqual([
      '2026-12-22T09:30:00+09:00 start servers',
      '2026-12-22T23:30:00+09:00 stop servers',
      '2026-12-23T09:30:00+09:00 start servers',
      '2026-12-23T22:00:00+09:00 stop servers',
    ])
  })

  it('working late until 01:00 stops the next morning', () => {
    expect(
      plan([{ date: '2026-12-22', kind: 'times', stop: '01:00' }], '2026-12-22', '2026-12-23').slice(0, 3),
    ).toEqual([
      '2026-12-22T09:30:00+09:00 start servers',
      '2026-12-23T01:00:00+09:00 stop servers',
      '2026-12-23T09:30:00+09:00 start servers',
    ])
  })

  it('other times: start and stop both moved', () => {
    expect(
      plan([{ date: '2026-12-22', kind: 'times', start: '07:00', stop: '18:00' }], '2026-12-22', '2026-12-22'),
    ).toEqual(['2026-12-22T07:00:00+09:00 start servers', '2026-12-22T18:00:00+09:00 stop servers'])
  })

  it('a date on runs its weekday periods on a holiday', () => {
    expect(plan([{ date: '2026-12-25', kind: 'on' }], '2026-12-25', '2026-12-25')).toEqual([
      '2026-12-25T09:30:00+09:00 start servers',
      '2026-12-25T22:00:00+09:00 stop servers',
    ])
  })

  it('a Saturday runs with times of its own', () => {
    expect(
      plan([{ date: '2026-12-26', kind: 'times', start: '10:00', stop: '15:00' }], '2026-12-26', '2026-12-26'),
    ).toEqual(['2026-12-26T10:00:00+09:00 start servers', '2026-12-26T15:00:00+09:00 stop servers'])
  })

  it('a date off runs nothing', () => {
    expect(plan([{ date: '2026-12-22', kind: 'off' }], '2026-12-22', '2026-12-22')).toEqual([])
  })

  it('with two periods a day, a later stop moves the last one and keeps the lunch break', () => {
    const schedule = developmentSchedule({
      groups: oneGroup,
      periods: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '13:00', stop: '18:00' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', stop: '12:00' },
      ],
      exceptions: [{ date: '2026-12-22', kind: 'times', stop: '20:00' }],
    })
    expect(lines(planActions(schedule, { from: '2026-12-22', to: '2026-12-22', calendar: korea }).actions)).toEqual([
      '2026-12-22T09:00:00+09:00 start servers',
      '2026-12-22T12:00:00+09:00 stop servers',
      '2026-12-22T13:00:00+09:00 start servers',
      '2026-12-22T20:00:00+09:00 stop servers',
    ])
  })
})
