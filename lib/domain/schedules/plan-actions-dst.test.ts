import { describe, expect, it } from 'vitest'
import { lines, oneGroup } from './__fixtures__/development-schedule'
import { planActions } from './plan-actions'
import type { SchedulePeriod } from './schedule-definition'
import { parseSchedule } from './validate-schedule'

// Daylight saving time, by hand: New York springs forward on 2026-03-08 (02:00 EST becomes 03:00 EDT) and falls
// back on 2026-11-01 (02:00 EDT becomes 01:00 EST); Berlin on 2026-03-29 (02:00 CET becomes 03:00 CEST) and
// 2026-10-25 (03:00 CEST becomes 02:00 CET). The rule: an action happens the first time the local clock shows
// its time or has passed it.
const plan = (timeZone: string, periods: SchedulePeriod[], from: string, to: string) =>
  lines(
    planActions(parseSchedule({ name: 'DST', timeZone, periods, holidays: null, groups: oneGroup }), { from, to })
      .actions,
  )

describe('New York', () => {
  it('a 02:30 start on the spring-forward day happens when the clocks jump to 03:00', () => {
    expect(
      plan('America/New_York', [{ days: ['sun'], start: '02:30', stop: '10:00' }], '2026-03-01', '2026-03-08'),
    ).toEqual([
      '2026-03-01T02:30:00-05:00 start servers',
      '2026-03-01T10:00:00-05:00 stop servers',
      '2026-03-08T03:00:00-04:00 start servers',
      '2026-03-08T10:00:00-04:00 stop servers',
    ])
  })

  it('a stop in the repeated hour stops the first time 01:30 comes round, on summer time', () => {
    expect(
      plan('America/New_York', [{ days: ['sat'], start: '22:00', stop: '01:30' }], '2026-10-31', '2026-11-08'),
    ).toEqual([
      '2026-10-31T22:00:00-04:00 start servers',
      '2026-11-01T01:30:00-04:00 stop servers',
      '2026-11-07T22:00:00-05:00 start servers',
      '2026-11-08T01:30:00-05:00 stop servers',
    ])
  })

  it('a period that lies wholly in the skipped hour does not run that day', () => {
    expect(
      plan('America/New_York', [{ days: ['sun'], start: '02:00', stop: '02:45' }], '2026-03-08', '2026-03-15'),
    ).toEqual(['2026-03-15T02:00:00-04:00 start servers', '2026-03-15T02:45:00-04:00 stop servers'])
  })
})

describe('Berlin', () => {
  it('a weekday schedule keeps its local times across the spring change of offset', () => {
    expect(
      plan('Europe/Berlin', [{ days: ['fri', 'mon'], start: '09:00', stop: '18:00' }], '2026-03-27', '2026-03-30'),
    ).toEqual([
      '2026-03-27T09:00:00+01:00 start servers',
      '2026-03-27T18:00:00+01:00 stop servers',
      '2026-03-30T09:00:00+02:00 start servers',
      '2026-03-30T18:00:00+02:00 stop servers',
    ])
  })

  it('a 02:30 start on 2026-03-29 happens at 03:00 CEST, a 02:30 stop on 2026-10-25 the first time, at +02:00', () => {
    expect(
      plan('Europe/Berlin', [{ days: ['sun'], start: '02:30', stop: '04:00' }], '2026-03-29', '2026-03-29'),
    ).toEqual(['2026-03-29T03:00:00+02:00 start servers', '2026-03-29T04:00:00+02:00 stop servers'])
    expect(
      plan('Europe/Berlin', [{ days: ['sat'], start: '23:00', stop: '02:30' }], '2026-10-24', '2026-10-25'),
    ).toEqual(['2026-10-24T23:00:00+02:00 start servers', '2026-10-25T02:30:00+02:00 stop servers'])
  })
})
