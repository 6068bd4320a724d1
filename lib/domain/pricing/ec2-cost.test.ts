import { describe, expect, it } from 'vitest'
import { ec2ScheduleCost } from './ec2-cost'
import { MissingRateError } from './missing-rate-error'
import { weekdayScheduleHours } from './weekday-schedule-hours'

describe('ec2ScheduleCost', () => {
  it('always-on t4g.small in Seoul for 730 h is $15.184', () => {
    const result = ec2ScheduleCost({
      region: 'ap-northeast-2',
      instanceType: 't4g.small',
      schedule: { kind: 'always_on' },
    })
    expect(result.hours.toFixed()).toBe('730')
    expect(result.totalUsd.toFixed()).toBe('15.184')
    expect(result.lineItems[0]!.formula).toBe('always on = 730 h × $0.0208 per hour')
  })

  it('mission story 4: 750 h of a $0.0208/h instance is $15.60', () => {
    expect(
      ec2ScheduleCost({
        region: 'ap-northeast-2',
        instanceType: 't4g.small',
        schedule: { kind: 'always_on', hoursPerMonth: 750 },
      }).totalUsd.toFixed(2),
    ).toBe('15.60')
  })

  it('mission story 5: weekdays 09:30-22:00 in Seoul in May 2026 without holidays cost about 30% of always-on', () => {
    // May 2026 has 21 weekdays (Fri 1st … Fri 29th); Children's Day (Tue 5th) and the Buddha's Birthday
    // substitute holiday (Mon 25th) leave 19 days × 12.5 h = 237.5 h.
    const schedule = {
      kind: 'weekdays' as const,
      timeZone: 'Asia/Seoul',
      from: '09:30',
      to: '22:00',
      holidays: ['2026-05-05', '2026-05-25', '2026-05-24'],
      month: '2026-05',
    }
    const result = ec2ScheduleCost({ region: 'ap-northeast-2', instanceType: 't4g.small', schedule })
    expect(result.hours.toFixed()).toBe('237.5')
    expect(result.totalUsd.toFixed()).toBe('4.94')
    expect(result.lineItems[0]!.formula).toBe(
      '19 weekdays in 2026-05 without holidays × 09:30 to 22:00 Asia/Seoul = 237.5 h × $0.0208 per hour',
    )
    expect(result.hours.div(730).toFixed(3)).toBe('0.325')
  })

  it('throws for an unknown instance type or region', () => {
    expect(() =>
      ec2ScheduleCost({ region: 'us-east-1', instanceType: 'x1.32xlarge', schedule: { kind: 'always_on' } }),
    ).toThrow(MissingRateError)
    expect(() =>
      ec2ScheduleCost({ region: 'eu-west-1', instanceType: 't4g.small', schedule: { kind: 'always_on' } }),
    ).toThrow('No rate for EC2 t4g.small in eu-west-1')
  })
})

describe('weekdayScheduleHours', () => {
  it('counts the real length of a day when daylight saving starts inside the window (Israel switches on a Friday)', () => {
    // March 2026 has 22 weekdays; on Friday 27 March clocks jump from 02:00 to 03:00 in Asia/Jerusalem.
    const result = weekdayScheduleHours({
      timeZone: 'Asia/Jerusalem',
      from: '00:00',
      to: '06:00',
      holidays: [],
      month: '2026-03',
    })
    expect(result.days).toBe(22)
    expect(result.hours.toFixed()).toBe(String(22 * 6 - 1))
  })

  it('accepts 24:00 as the end of the day', () => {
    expect(
      weekdayScheduleHours({
        timeZone: 'UTC',
        from: '00:00',
        to: '24:00',
        holidays: [],
        month: '2026-02',
      }).hours.toFixed(),
    ).toBe('480')
  })

  it.each([
    [{ month: '2026-13' }, 'month must be YYYY-MM'],
    [{ from: '9:30' }, 'from must be HH:MM'],
    [{ to: '24:30' }, 'to must be HH:MM'],
    [{ from: '22:00', to: '09:30' }, 'to (09:30) must be after from (22:00)'],
    [{ holidays: ['5/5/2026'] }, 'holidays must be YYYY-MM-DD'],
    [{ timeZone: 'Mars/Olympus' }, 'Unknown time zone "Mars/Olympus"'],
  ])('rejects %o', (override, message) => {
    expect(() =>
      weekdayScheduleHours({
        timeZone: 'Asia/Seoul',
        from: '09:30',
        to: '22:00',
        holidays: [],
        month: '2026-05',
        ...override,
      }),
    ).toThrow(message)
  })
})
