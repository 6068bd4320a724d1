import { describe, expect, it } from 'vitest'
import { countExceeds, median, quantile, robustSpread, theilSenSlope, trimmedMean } from './stats'

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

describe('trimmed mean', () => {
  it('drops the given share at each end before averaging', () => {
    // 10 values, trim 0.2: drop 2 at each end → mean of 3, 4, 5, 6, 7, 8 = 5.5 (the 1000 burst is gone).
    expect(trimmedMean([1000, 2, 3, 4, 5, 6, 7, 8, 9, 1], 0.2)).toBe(5.5)
    expect(trimmedMean([4, 2], 0.2)).toBe(3) // nothing to drop
    expect(trimmedMean([5, 1, 3], 0.5)).toBe(3) // never drops everything: the middle stays
    expect(trimmedMean([], 0.2)).toBeNull()
  })
})

describe('Theil-Sen slope', () => {
  it('is the median slope of pairs at least minGap apart, deaf to one outlier', () => {
    const line = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((x) => ({ x, y: 2 * x + 1 }))
    expect(theilSenSlope(line, 1)).toBe(2)
    const withBurst = line.map((point) => (point.x === 5 ? { x: 5, y: 100 } : point))
    expect(theilSenSlope(withBurst, 1)).toBe(2)
    // Pairs closer than minGap are left out: only (0,0)-(7,7) is 7 apart; the steep (0,0)-(1,10) is too close.
    expect(
      theilSenSlope(
        [
          { x: 0, y: 0 },
          { x: 1, y: 10 },
          { x: 7, y: 7 },
        ],
        7,
      ),
    ).toBe(1)
    expect(theilSenSlope([{ x: 0, y: 0 }], 1)).toBeNull()
  })
})
