import { describe, expect, it } from 'vitest'
import {
  addDaysTo,
  addMonthsTo,
  dateToDay,
  daysBetweenInclusive,
  daysInMonth,
  dayToDate,
  eachDay,
  eachMonth,
  isIsoDay,
  isWholeMonths,
  isIsoMonth,
  isSupportedDay,
  isSupportedMonth,
  lastDayOf,
  monthAbbreviation,
} from './calendar'

describe('calendar (UTC days, inclusive ranges)', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['not a day', false],
  ])('%s is a valid day: %s', (value, valid) => {
    expect(isIsoDay(value)).toBe(valid)
  })

  it('knows months', () => {
    expect(isIsoMonth('2026-02')).toBe(true)
    expect(isIsoMonth('2026-00')).toBe(false)
    expect(lastDayOf('2026-02')).toBe('2026-02-28')
    expect(daysInMonth('2024-02')).toBe(29)
    expect(addMonthsTo('2026-01', -1)).toBe('2025-12')
    expect(eachMonth('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('counts February as 28 days from 02-01 to 02-28 inclusive', () => {
    expect(daysBetweenInclusive('2026-02-01', '2026-02-28')).toBe(28)
    expect(eachDay('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('monthAbbreviation', () => {
  it('names a month from its number or its MM digits', () => {
    expect([1, 2, 12].map(monthAbbreviation)).toEqual(['Jan', 'Feb', 'Dec'])
    expect(monthAbbreviation('09')).toBe('Sep')
  })

  it('refuses a month that does not exist', () => {
    expect(() => monthAbbreviation(13)).toThrow(RangeError)
    expect(() => monthAbbreviation('00')).toThrow(RangeError)
  })
})

describe('calendar arithmetic past year 9999', () => {
  it('counts days and months as numbers, so a loop across 9999-12-31 ends with the right days', () => {
    expect(eachDay('9999-12-30', '10000-01-02')).toEqual(['9999-12-30', '9999-12-31', '10000-01-01', '10000-01-02'])
    expect(eachMonth('9999-11', '10000-02')).toEqual(['9999-11', '9999-12', '10000-01', '10000-02'])
    expect(eachDay('10000-01-02', '9999-12-30')).toEqual([])
    expect(eachMonth('10000-01', '9999-12')).toEqual([])
    expect(daysBetweenInclusive('9999-12-31', '10000-01-01')).toBe(2)
    expect(lastDayOf('10000-02')).toBe('10000-02-29')
    expect(addMonthsTo('9999-12', 1)).toBe('10000-01')
  })

  it('reads and writes days across the whole proleptic calendar', () => {
    expect(addDaysTo('0001-01-01', -1)).toBe('0000-12-31')
    expect(addDaysTo('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysTo('2100-02-28', 1)).toBe('2100-03-01')
    expect(dateToDay(dayToDate('10000-01-01'))).toBe('10000-01-01')
    expect(dateToDay(new Date('2026-11-22T23:59:59.999Z'))).toBe('2026-11-22')
    expect(() => addDaysTo('2026-02-30', 1)).toThrow(RangeError)
    expect(() => addDaysTo('0000-01-01', -1)).toThrow(RangeError)
  })

  it('agrees with the platform calendar on every day of 1900–2200', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000
    const wrong: string[] = []
    for (let n = start; n < start + 300 * 366; n += 1) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10)
      if (
        addDaysTo('1900-01-01', n - start) !== expected ||
        daysBetweenInclusive('1900-01-01', expected) !== n - start + 1
      )
        wrong.push(expected)
    }
    expect(wrong).toEqual([])
  })
})

describe('supported days', () => {
  it.each([
    ['2000-01-01', true],
    ['2099-12-31', true],
    ['1999-12-31', false],
    ['2100-01-01', false],
    ['9999-12-31', false],
    ['2026-02-30', false],
  ])('%s is supported: %s', (value, supported) => {
    expect(isSupportedDay(value)).toBe(supported)
  })

  it('months follow the days', () => {
    expect(isSupportedMonth('2000-01')).toBe(true)
    expect(isSupportedMonth('2099-12')).toBe(true)
    expect(isSupportedMonth('1999-12')).toBe(false)
    expect(isSupportedMonth('9999-12')).toBe(false)
  })
})

describe('isWholeMonths', () => {
  it('is true from a first day to a last day, a leap February included', () => {
    expect(isWholeMonths({ from: '2026-10-01', to: '2026-10-31' })).toBe(true)
    expect(isWholeMonths({ from: '2025-12-01', to: '2026-11-30' })).toBe(true)
    expect(isWholeMonths({ from: '2028-02-01', to: '2028-02-29' })).toBe(true)
  })

  it('is false one day short at either end, or backwards', () => {
    expect(isWholeMonths({ from: '2026-10-02', to: '2026-10-31' })).toBe(false)
    expect(isWholeMonths({ from: '2026-10-01', to: '2026-10-30' })).toBe(false)
    expect(isWholeMonths({ from: '2027-02-01', to: '2027-02-29' })).toBe(false)
    expect(isWholeMonths({ from: '2026-11-01', to: '2026-10-31' })).toBe(false)
  })
})
