import { describe, expect, it } from 'vitest'
import { monthsBetween } from '@/lib/domain/calendar'
import { hasDataFor, nearestMonthsWithData } from './months-with-data'

const AVAILABLE = [
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
  '2026-12',
]

describe('a month with no data', () => {
  it('is one outside the months that have data', () => {
    expect(hasDataFor(AVAILABLE, '2026-11')).toBe(true)
    expect(hasDataFor(AVAILABLE, '2030-01')).toBe(false)
    expect(hasDataFor(AVAILABLE, '2025-10')).toBe(false)
    expect(hasDataFor([], '2026-11')).toBe(false)
  })

  it('is offered the nearest months with data, oldest first', () => {
    // Years after the data: its last months.
    expect(nearestMonthsWithData(AVAILABLE, '2030-01', 3)).toEqual(['2026-10', '2026-11', '2026-12'])
    // Before the data: its first months.
    expect(nearestMonthsWithData(AVAILABLE, '2020-06', 2)).toEqual(['2025-11', '2025-12'])
    // Between: a tie goes to the later month.
    expect(nearestMonthsWithData(['2026-01', '2026-05'], '2026-03', 1)).toEqual(['2026-05'])
    expect(nearestMonthsWithData(['2026-01', '2026-05'], '2026-03', 2)).toEqual(['2026-01', '2026-05'])
  })

  it('offers what there is, and nothing without data', () => {
    expect(nearestMonthsWithData(['2026-11'], '2030-01', 6)).toEqual(['2026-11'])
    expect(nearestMonthsWithData([], '2030-01', 6)).toEqual([])
    expect(nearestMonthsWithData(AVAILABLE, '2030-01', 0)).toEqual([])
  })

  it('counts months across years, not text', () => {
    expect(monthsBetween('2026-11', '2027-01')).toBe(2)
    expect(monthsBetween('2027-01', '2026-11')).toBe(-2)
    expect(monthsBetween('2000-01', '2099-12')).toBe(1199)
  })
})
