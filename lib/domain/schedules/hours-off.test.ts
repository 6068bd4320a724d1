import { describe, expect, it } from 'vitest'
import { UnknownHolidayYearError } from '../holidays/holiday-calendar'
import { developmentSchedule, korea, oneGroup } from './__fixtures__/development-schedule'
import { hoursOffInMonth } from './hours-off'
import type { SchedulePeriod } from './schedule-definition'
import { PlanRangeError } from './schedule-runs'
import { parseSchedule } from './validate-schedule'

const hours = (result: ReturnType<typeof hoursOffInMonth>) => ({
  hoursInMonth: result.hoursInMonth.toString(),
  hoursRunning: result.hoursRunning.toString(),
  hoursOff: result.hoursOff.toString(),
})

describe('hours off in a month', () => {
  it('December 2026, weekdays 09:30-22:00 KST with Korean holidays', () => {
    // 31 days x 24 h = 744 h. Weekdays: Tue 1 to Fri 4 (4), 7-11 (5), 14-18 (5), 21-25 (5), Mon 28 to Thu 31 (4)
    // = 23, less Christmas (Friday 25th) = 22 working days x 12.5 h = 275 h running; 744 - 275 = 469 h off.
    expect(hours(hoursOffInMonth(developmentSchedule(), '2026-12', korea))).toEqual({
      hoursInMonth: '744',
      hoursRunning: '275',
      hoursOff: '469',
    })
  })

  it('an exception extending one night adds its hours to the running ones', () => {
    // 2026-12-22 runs until 23:30 instead of 22:00: 1.5 h more running, 467.5 h off.
    const schedule = developmentSchedule({ exceptions: [{ date: '2026-12-22', kind: 'times', stop: '23:30' }] })
    expect(hoursOffInMonth(schedule, '2026-12', korea).hoursOff.toString()).toBe('467.5')
  })

  it('counts only the part of an overnight run inside the month', () => {
    // Mondays and Thursdays 22:00 to 02:00. Monday 30 November's run ends 2 h into December; Mondays 7, 14, 21,
    // 28 and Thursdays 3, 10, 17, 24 run 4 h each (32 h); Thursday 31's run has 2 h in December. 36 h running.
    const schedule = developmentSchedule({
      holidays: null,
      periods: [{ days: ['mon', 'thu'], start: '22:00', stop: '02:00' }],
    })
    expect(hours(hoursOffInMonth(schedule, '2026-12'))).toEqual({
      hoursInMonth: '744',
      hoursRunning: '36',
      hoursOff: '708',
    })
  })

  describe('daylight saving time in New York', () => {
    const newYork = (periods: SchedulePeriod[]) =>
      parseSchedule({ name: 'NY', timeZone: 'America/New_York', periods, holidays: null, groups: oneGroup })
    const weekdays: SchedulePeriod[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', stop: '17:00' }]

    it('March 2026 has 743 hours', () => {
      // Weekdays: 2-6, 9-13, 16-20, 23-27, 30-31 = 22 x 8 h = 176 h running; 743 - 176 = 567.
      expect(hours(hoursOffInMonth(newYork(weekdays), '2026-03'))).toEqual({
        hoursInMonth: '743',
        hoursRunning: '176',
        hoursOff: '567',
      })
    })

    it('November 2026 has 721 hours', () => {
      // Weekdays: 2-6, 9-13, 16-20, 23-27, 30 = 21 x 8 h = 168 h running; 721 - 168 = 553.
      expect(hours(hoursOffInMonth(newYork(weekdays), '2026-11'))).toEqual({
        hoursInMonth: '721',
        hoursRunning: '168',
        hoursOff: '553',
      })
    })

    it('an overnight run across the spring-forward night lasts an hour less', () => {
      // Saturdays 22:00 to 06:00: Saturday 28 February's run has 6 h in March (to 06:00 on the 1st), the night of
      // 7-8 March runs 7 h, those of 14, 21 and 28 March 8 h each: 6 + 7 + 24 = 37 h running; 743 - 37 = 706.
      expect(hours(hoursOffInMonth(newYork([{ days: ['sat'], start: '22:00', stop: '06:00' }]), '2026-03'))).toEqual({
        hoursInMonth: '743',
        hoursRunning: '37',
        hoursOff: '706',
      })
    })
  })

  it('a month whose holidays are not known is not guessed', () => {
    expect(() => hoursOffInMonth(developmentSchedule(), '2028-01', korea)).toThrow(UnknownHolidayYearError)
  })

  it('refuses a malformed month', () => {
    expect(() => hoursOffInMonth(developmentSchedule(), '2026-13', korea)).toThrow(PlanRangeError)
  })
})
