import { describe, expect, it } from 'vitest'
import { isTimeZone, localDay, localMinutes, zonedInstant, zonedIso } from './zoned-time'

// Transitions written by hand from the zones' rules: the US springs forward on the second Sunday of March at
// 02:00 and falls back on the first Sunday of November at 02:00; the EU changes at 01:00 UTC on the last Sundays
// of March and October. Korea has had no daylight saving time since 1988.
const at = (day: string, clock: string, zone: string) => {
  const [hours, minutes] = clock.split(':').map(Number)
  return zonedInstant(day, hours! * 60 + minutes!, zone)
}

describe('wall-clock times in a time zone', () => {
  it('Asia/Seoul is always +09:00', () => {
    expect(at('2026-12-22', '09:30', 'Asia/Seoul')).toBe(Date.parse('2026-12-22T00:30:00Z'))
    expect(zonedIso(at('2026-12-22', '09:30', 'Asia/Seoul'), 'Asia/Seoul')).toBe('2026-12-22T09:30:00+09:00')
    expect(zonedIso(at('2026-07-01', '00:00', 'Asia/Seoul'), 'Asia/Seoul')).toBe('2026-07-01T00:00:00+09:00')
  })

  it('a time skipped by spring forward happens when the clocks jump (New York, Berlin)', () => {
    expect(at('2026-03-08', '02:30', 'America/New_York')).toBe(Date.parse('2026-03-08T07:00:00Z'))
    expect(zonedIso(at('2026-03-08', '02:30', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:00:00-04:00',
    )
    expect(zonedIso(at('2026-03-08', '02:00', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:00:00-04:00',
    )
    expect(zonedIso(at('2026-03-08', '03:00', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:00:00-04:00',
    )
    expect(zonedIso(at('2026-03-08', '01:59', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T01:59:00-05:00',
    )
    expect(at('2026-03-29', '02:30', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T01:00:00Z'))
    expect(zonedIso(at('2026-03-29', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00')
  })

  it('a time in the repeated hour of fall back happens the first time, on summer time', () => {
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe(Date.parse('2026-11-01T05:30:00Z'))
    expect(zonedIso(at('2026-11-01', '01:30', 'America/New_York'), 'America/New_York')).toBe(
      '2026-11-01T01:30:00-04:00',
    )
    expect(zonedIso(at('2026-11-01', '02:00', 'America/New_York'), 'America/New_York')).toBe(
      '2026-11-01T02:00:00-05:00',
    )
    expect(at('2026-10-25', '02:30', 'Europe/Berlin')).toBe(Date.parse('2026-10-25T00:30:00Z'))
    expect(zonedIso(at('2026-10-25', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00')
  })

  it('writes the offset of the instant, with its minutes and sign', () => {
    expect(zonedIso(at('2026-12-22', '09:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-12-22T09:30:00+01:00')
    expect(zonedIso(at('2026-07-01', '09:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-07-01T09:30:00+02:00')
    expect(zonedIso(at('2026-12-22', '09:30', 'Asia/Kolkata'), 'Asia/Kolkata')).toBe('2026-12-22T09:30:00+05:30')
    expect(zonedIso(at('2026-12-22', '09:30', 'America/St_Johns'), 'America/St_Johns')).toBe(
      '2026-12-22T09:30:00-03:30',
    )
    expect(zonedIso(Date.parse('2026-12-22T09:30:00Z'), 'UTC')).toBe('2026-12-22T09:30:00+00:00')
  })

  it('reads the local date and time of an instant', () => {
    const instant = Date.parse('2026-12-22T15:30:00Z') // 00:30 on the 23rd in Seoul
    expect(localDay(instant, 'Asia/Seoul')).toBe('2026-12-23')
    expect(localMinutes(instant, 'Asia/Seoul')).toBe(30)
    expect(localDay(instant, 'America/New_York')).toBe('2026-12-22')
    expect(localMinutes(instant, 'America/New_York')).toBe(10 * 60 + 30)
  })
})

describe('time zone names', () => {
  it('accepts IANA names the runtime knows', () => {
    for (const zone of [
      'Asia/Seoul',
      'America/New_York',
      'Europe/Berlin',
      'UTC',
      'America/Argentina/Buenos_Aires',
      'Etc/GMT-9',
    ])
      expect(isTimeZone(zone)).toBe(true)
  })

  it('refuses unknown names, offsets and stray text', () => {
    for (const zone of ['Mars/Olympus_Mons', '+09:00', 'GMT+9:00', '', 'Asia/Seoul ', 'Asia//Seoul', 'KST?'])
      expect(isTimeZone(zone)).toBe(false)
  })
})
