import { describe, expect, it } from 'vitest'
import { MissingFxRateError, monthRates, monthsWithoutRate, rateOf } from './month-rates'

const NOV = { month: '2026-11', krwPerUsd: '1385.20', source: 'AWS invoice 2026-11', asOf: '2026-12-03' }

describe('rates by month', () => {
  it('finds a month’s rate and names the months that have none, each once, never guessing', () => {
    const rates = monthRates([NOV])
    expect(rateOf('2026-11', rates)).toBe(NOV)
    expect(monthsWithoutRate(['2026-10', '2026-11', '2026-10', '2026-12'], rates)).toEqual(['2026-10', '2026-12'])
    expect(() => rateOf('2026-10', rates)).toThrow(new MissingFxRateError(['2026-10']))
    expect(new MissingFxRateError(['2026-10']).message).toBe(
      'No KRW rate is recorded for 2026-10: won amounts of that month cannot be computed until finance enters it.',
    )
    expect(new MissingFxRateError(['2026-09', '2026-10']).message).toContain(
      'for 2026-09, 2026-10: won amounts of those months',
    )
  })
})
