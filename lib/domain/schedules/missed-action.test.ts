import { describe, expect, it } from 'vitest'
import { UnknownHolidayYearError } from '../holidays/holiday-calendar'
import { developmentSchedule, korea } from './__fixtures__/development-schedule'
import { extendStop } from './extend-stop'
import { isWithinPeriod } from './is-within-period'
import { shouldRunMissedAction } from './missed-action'
import type { PlannedAction } from './plan-actions'

// Weekdays 09:30-22:00 in Seoul with Korean holidays.
const schedule = developmentSchedule()
const within = (instant: string) => isWithinPeriod(schedule, new Date(instant), korea)
const missed = (action: PlannedAction, now: string, onSchedule = schedule) =>
  shouldRunMissedAction(action, new Date(now), onSchedule, korea)

describe('isWithinPeriod', () => {
  it('from the start, included, to the stop, excluded', () => {
    expect(within('2026-12-22T09:29:59+09:00')).toBe(false)
    expect(within('2026-12-22T09:30:00+09:00')).toBe(true)
    expect(within('2026-12-22T21:59:59+09:00')).toBe(true)
    expect(within('2026-12-22T22:00:00+09:00')).toBe(false)
  })

  it('not on a holiday or a weekend', () => {
    expect(within('2026-12-25T12:00:00+09:00')).toBe(false)
    expect(within('2026-12-26T12:00:00+09:00')).toBe(false)
  })

  it('inside an overnight run that began the day before, in the local date of the schedule', () => {
    const night = developmentSchedule({ periods: [{ days: ['thu'], start: '20:00', stop: '02:00' }] })
    expect(isWithinPeriod(night, new Date('2026-12-24T16:30:00Z'), korea)).toBe(true) // 01:30 on Christmas morning in Seoul
    expect(isWithinPeriod(night, new Date('2026-12-24T17:00:00Z'), korea)).toBe(false) // 02:00
  })

  it('throws rather than guess a day whose holidays are unknown', () => {
    expect(() => within('2028-01-03T12:00:00+09:00')).toThrow(UnknownHolidayYearError)
    expect(within('2028-01-01T12:00:00+09:00')).toBe(false) // a Saturday: nothing would run anyway
  })
})

describe('shouldRunMissedAction', () => {
  const stop: PlannedAction = { at: '2026-12-22T22:00:00+09:00', group: 'api', action: 'stop' }
  const start: PlannedAction = { at: '2026-12-22T09:30:00+09:00', group: 'db', action: 'start' }

  it('a missed stop runs while the servers should still be stopped', () => {
    expect(missed(stop, '2026-12-22T22:40:00+09:00')).toBe(true)
    expect(missed(stop, '2026-12-23T09:29:00+09:00')).toBe(true)
  })

  it('never a stop in the middle of the next day', () => {
    expect(missed(stop, '2026-12-23T09:30:00+09:00')).toBe(false)
    expect(missed(stop, '2026-12-23T14:00:00+09:00')).toBe(false)
    expect(missed(stop, '2026-12-23T23:00:00+09:00')).toBe(false) // stopped again since: that is a later stop
  })

  it('a missed start runs while its run lasts', () => {
    expect(missed(start, '2026-12-22T12:00:00+09:00')).toBe(true)
    expect(missed(start, '2026-12-22T22:00:00+09:00')).toBe(false)
  })

  it('a stop before a holiday and a weekend still runs on the Saturday', () => {
    expect(missed({ at: '2026-12-24T22:00:00+09:00', group: 'db', action: 'stop' }, '2026-12-26T12:00:00+09:00')).toBe(
      true,
    )
  })

  it('not before it is due, and not an action the plan no longer has', () => {
    expect(missed(stop, '2026-12-22T21:59:00+09:00')).toBe(false)
    expect(missed({ ...stop, group: 'cache' }, '2026-12-22T22:10:00+09:00')).toBe(false)
    const late = extendStop(schedule, '2026-12-22', '23:30', korea).schedule
    expect(missed(stop, '2026-12-22T22:10:00+09:00', late)).toBe(false)
    expect(missed({ ...stop, at: '2026-12-22T23:30:00+09:00' }, '2026-12-22T23:35:00+09:00', late)).toBe(true)
  })
})
