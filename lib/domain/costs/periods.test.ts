import { describe, expect, it } from 'vitest'
import { comparisonPeriod, hasComparisonData, periodStartOf, periodsOf } from './periods'

describe('periodsOf', () => {
  it('lists every day of a daily range', () => {
    expect(periodsOf('2026-02-27', '2026-03-02', 'daily').map((p) => p.start)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
  })

  it('clips monthly periods to the range', () => {
    expect(periodsOf('2026-01-15', '2026-03-10', 'monthly')).toEqual([
      { start: '2026-01-15', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-10' },
    ])
    expect(periodStartOf('2026-01-20', '2026-01-15', 'monthly')).toBe('2026-01-15')
    expect(periodStartOf('2026-02-20', '2026-01-15', 'monthly')).toBe('2026-02-01')
    expect(periodStartOf('2026-02-20', '2026-01-15', 'daily')).toBe('2026-02-20')
  })
})

describe('comparisonPeriod', () => {
  it('compares a whole month with the whole previous month, whatever their lengths', () => {
    expect(comparisonPeriod('2026-10-01', '2026-10-31', '2026-11-21')).toEqual({
      from: '2026-09-01',
      to: '2026-09-30',
      basis: 'previous_months',
      currentThrough: '2026-10-31',
    })
    expect(comparisonPeriod('2026-03-01', '2026-03-31', null)).toMatchObject({ from: '2026-02-01', to: '2026-02-28' })
  })

  it('compares a quarter with the quarter before', () => {
    expect(comparisonPeriod('2026-07-01', '2026-09-30', '2026-11-21')).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
      basis: 'previous_months',
    })
  })

  it('compares a month in progress with the same days of the previous month', () => {
    expect(comparisonPeriod('2026-11-01', '2026-11-30', '2026-11-21')).toEqual({
      from: '2026-10-01',
      to: '2026-10-21',
      basis: 'same_days_of_previous_months',
      currentThrough: '2026-11-21',
    })
    // March 1-31 in progress on the 30th: February has only 28 days.
    expect(comparisonPeriod('2026-03-01', '2026-03-31', '2026-03-30')).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
    })
  })

  it('compares any other range with as many days just before it', () => {
    expect(comparisonPeriod('2026-10-10', '2026-10-16', '2026-11-21')).toEqual({
      from: '2026-10-03',
      to: '2026-10-09',
      basis: 'previous_days',
      currentThrough: '2026-10-16',
    })
    expect(comparisonPeriod('2026-11-15', '2026-11-30', '2026-11-21')).toEqual({
      from: '2026-11-08',
      to: '2026-11-14',
      basis: 'previous_days',
      currentThrough: '2026-11-21',
    })
  })
})

describe('hasComparisonData', () => {
  const months = ['2025-11', '2025-12', '2026-01']
  it('is false for a comparison that ends before the first month with data, or without data at all', () => {
    expect(hasComparisonData({ to: '2025-10-31' }, months)).toBe(false)
    expect(hasComparisonData({ to: '2026-10-31' }, [])).toBe(false)
  })

  it('is true as soon as the comparison reaches the first month with data', () => {
    expect(hasComparisonData({ to: '2025-11-01' }, months)).toBe(true)
    expect(hasComparisonData({ to: '2025-12-31' }, months)).toBe(true)
  })
})
