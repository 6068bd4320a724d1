import { describe, expect, it } from 'vitest'
import { addDaysTo, addMonthsTo, daysBetweenInclusive, daysInMonth, eachDay, eachMonth, isIsoDay, isIsoMonth, lastDayOf, monthAbbreviation } from './calendar'

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
