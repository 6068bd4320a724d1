import { describe, expect, it } from 'vitest'
import { countExceeds, median, quantile, robustSpread } from './stats'

describe('robust statistics', () => {
  it('median of odd and even counts, null when empty', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  it('robust spread ignores one wild outlier where the standard deviation would not', () => {
    expect(robustSpread([10, 11, 9, 10, 10, 1000])).toBeCloseTo(0.7413, 3)
    expect(robustSpread([5, 5, 5])).toBe(0)
  })

  it('quantile interpolates between order statistics', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5)
    expect(quantile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2)
  })

  it('a count exceeds its expectation only when large in absolute and Poisson terms', () => {
    expect(countExceeds(9, 0, { minimum: 10 })).toBe(false)
    expect(countExceeds(10, 0, { minimum: 10 })).toBe(true)
    expect(countExceeds(30, 20, { minimum: 10 })).toBe(false)
    expect(countExceeds(60, 20, { minimum: 10 })).toBe(true)
  })
})
