import { describe, expect, it } from 'vitest'
import {
  deltaClass,
  formatAccount,
  formatDay,
  formatHour,
  formatInstant,
  formatKrw,
  formatMoney,
  formatMonth,
  formatRange,
  formatShortDay,
  formatSignedUsd,
  formatZone,
} from './format'

describe('changes in cost', () => {
  it('are signed and rounded to cents, half away from zero', () => {
    expect(formatSignedUsd('1234.565')).toBe('+$1,234.57')
    expect(formatSignedUsd('-0.005')).toBe('-$0.01')
    expect(formatSignedUsd('0.3')).toBe('+$0.30')
  })

  it('that round to no cent read as $0.00 without a sign or a colour', () => {
    for (const value of ['0', '0.0049', '-0.0049', '-0']) {
      expect(formatSignedUsd(value)).toBe('$0.00')
      expect(deltaClass(value)).toBe('')
    }
  })

  it('are coloured up as bad and down as good', () => {
    expect(deltaClass('0.005')).toBe('delta-up')
    expect(deltaClass('-12')).toBe('delta-down')
  })
})

describe('an account in one line', () => {
  it('is its name with the id beside, or the id alone when that is all it is called', () => {
    expect(formatAccount({ id: '123456789012', name: 'acme-production' })).toBe('acme-production (123456789012)')
    expect(formatAccount({ id: '123456789012', name: '123456789012' })).toBe('123456789012')
  })
})

describe('the period a figure covers', () => {
  it('names a month, a run of months, a day or a range of days', () => {
    expect(formatRange('2026-11-01', '2026-11-30')).toBe('Nov 2026')
    expect(formatRange('2026-07-01', '2026-09-30')).toBe('Jul 2026 – Sep 2026')
    expect(formatRange('2026-11-01', '2026-11-29')).toBe('1 Nov 2026 – 29 Nov 2026')
    expect(formatRange('2026-11-05', '2026-11-05')).toBe('5 Nov 2026')
  })
})

describe('won', () => {
  it('whole won, grouped, half away from zero', () => {
    expect(formatKrw('1385200')).toBe('₩1,385,200')
    expect(formatKrw('13865.5')).toBe('₩13,866')
    expect(formatKrw('-999.5')).toBe('-₩1,000')
    expect(formatKrw('0.4')).toBe('₩0')
  })
})

describe('in both languages', () => {
  it('months and days read as each language writes them', () => {
    expect(formatMonth('2026-11')).toBe('Nov 2026')
    expect(formatMonth('2026-11', 'ko')).toBe('2026년 11월')
    expect(formatMonth('2026-02', 'ko')).toBe('2026년 2월')
    expect(formatDay('2026-02-05')).toBe('5 Feb 2026')
    expect(formatDay('2026-02-05', 'ko')).toBe('2026년 2월 5일')
  })

  it('money reads the same in both: dollars to the cent, won to the won', () => {
    expect(formatMoney('1478.05', 'USD')).toBe('$1,478.05')
    expect(formatMoney('2047394.86', 'KRW')).toBe('₩2,047,395')
  })
})

describe('times', () => {
  const seoulKo = { zone: 'Asia/Seoul', locale: 'ko' } as const
  const utcEn = { zone: 'UTC', locale: 'en' } as const

  it('an instant reads in the reader’s zone and always names it', () => {
    expect(formatInstant('2026-11-22T07:08:12.345Z', utcEn)).toBe('22 Nov 07:08 UTC')
    expect(formatInstant('2026-11-22T07:08:12.345Z', { zone: 'Asia/Seoul', locale: 'en' })).toBe('22 Nov 16:08 KST')
    expect(formatInstant('2026-11-22T17:08:12.345Z', seoulKo)).toBe('11월 23일 02:08 KST')
    expect(formatInstant('2026-12-31T15:30:00Z', seoulKo)).toBe('1월 1일 00:30 KST')
    expect(formatInstant('2026-07-01T12:00:00Z', { zone: 'America/New_York', locale: 'en' })).toBe('1 Jul 08:00 EDT')
  })

  it('an hour of metrics that starts at midnight UTC starts at 09:00 in Seoul, under a heading that names the zone', () => {
    expect(formatHour('2026-11-16T00:00:00.000Z', seoulKo)).toBe('11월 16일 09:00')
    expect(formatHour('2026-11-16T00:00:00.000Z', utcEn)).toBe('16 Nov 00:00')
    expect(formatZone('2026-11-16T00:00:00.000Z', seoulKo)).toBe('KST')
  })

  it('days on a chart axis are short, in each language', () => {
    expect(formatShortDay('2026-11-06')).toBe('6 Nov')
    expect(formatShortDay('2026-11-06', 'ko')).toBe('11월 6일')
  })
})
