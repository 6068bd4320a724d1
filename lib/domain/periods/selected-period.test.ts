import { describe, expect, it } from 'vitest'
import { carriedPeriod, periodOf, periodParams, showsPeriod, singleMonthOf } from './selected-period'

describe('the selected period', () => {
  it('reads a month as its first to its last day, and a range as given', () => {
    expect(periodOf({ month: '2026-02' })).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(periodOf({ month: '2028-02' })).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(periodOf({ from: '2026-10-05', to: '2026-11-04' })).toEqual({ from: '2026-10-05', to: '2026-11-04' })
  })

  it('names no period without a month or both ends', () => {
    expect(periodOf({})).toBeNull()
    expect(periodOf({ from: '2026-10-05' })).toBeNull()
    expect(periodOf({ to: '2026-10-05' })).toBeNull()
  })

  it('writes one whole month as a month and anything else as a range', () => {
    expect(periodParams({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ month: '2026-11' })
    expect(periodParams({ from: '2026-11-01', to: '2026-11-29' })).toEqual({ from: '2026-11-01', to: '2026-11-29' })
    expect(periodParams({ from: '2026-10-01', to: '2026-11-30' })).toEqual({ from: '2026-10-01', to: '2026-11-30' })
    expect(singleMonthOf({ from: '2026-10-01', to: '2026-11-30' })).toBeNull()
    expect(singleMonthOf({ from: '2026-12-01', to: '2026-12-31' })).toBe('2026-12')
  })

  it('carries a month to every page that shows a period, and a range only to those that take one', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' }
    expect(carriedPeriod('/', november)).toEqual({ month: '2026-11' })
    expect(carriedPeriod('/teams', november)).toEqual({ month: '2026-11' })
    expect(carriedPeriod('/budgets', november)).toEqual({ month: '2026-11' })
    expect(carriedPeriod('/budgets/spend', november)).toEqual({ month: '2026-11' })
    expect(carriedPeriod('/costs', november)).toEqual(november)
    expect(carriedPeriod('/functions', november)).toEqual({ month: '2026-11' })
    expect(carriedPeriod('/alerts', november)).toEqual({})

    const weeks = { from: '2026-11-10', to: '2026-11-23' }
    expect(carriedPeriod('/', weeks)).toEqual({})
    expect(carriedPeriod('/costs', weeks)).toEqual(weeks)
    expect(carriedPeriod('/functions', weeks)).toEqual(weeks)
    expect(carriedPeriod('/costs', null)).toEqual({})
  })

  it('is carried from the pages that show one, not from a page whose dates mean something else', () => {
    for (const path of ['/', '/costs', '/functions', '/functions/12', '/teams', '/budgets', '/budgets/spend'])
      expect(showsPeriod(path)).toBe(true)
    for (const path of ['/simulator', '/anomalies', '/ingestion', '/functions/12/x'])
      expect(showsPeriod(path)).toBe(false)
  })
})
