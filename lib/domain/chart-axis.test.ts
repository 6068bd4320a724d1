import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { logAxis, niceTicks, stackExtents, valueAxis } from './chart-axis'

const labels = (axis: { ticks: number[]; format: (value: number) => string }) => axis.ticks.map(axis.format)

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten and covers the range', () => {
    expect(niceTicks(0, 100).ticks).toEqual([0, 25, 50, 75, 100])
    expect(niceTicks(0, 80).ticks).toEqual([0, 20, 40, 60, 80])
    expect(niceTicks(0, 81).ticks).toEqual([0, 25, 50, 75, 100])
    expect(niceTicks(0, 0.07).ticks).toEqual([0, 0.02, 0.04, 0.06, 0.08])
    expect(niceTicks(-30, 90).ticks).toEqual([-50, 0, 50, 100])
  })

  it('keeps whole steps when asked (counts)', () => {
    expect(niceTicks(0, 2, { minStep: 1 }).ticks).toEqual([0, 1, 2])
    expect(niceTicks(0, 0, { minStep: 1 }).ticks).toEqual([0, 1])
  })

  it('never leaves a value outside, never repeats a tick, and steps evenly, for any range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (start, width) => {
          const min = start
          const max = start + width
          const { ticks, step } = niceTicks(min, max, { minStep: 1e-6 })
          // Within a millionth of a step: what floating point can tell apart.
          expect(ticks[0]!).toBeLessThanOrEqual(min + step * 1e-6)
          expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max - step * 1e-6)
          expect(new Set(ticks).size).toBe(ticks.length)
          expect(ticks.length).toBeLessThanOrEqual(7)
          for (let index = 1; index < ticks.length; index++)
            expect(ticks[index]! - ticks[index - 1]!).toBeCloseTo(step, 6)
        },
      ),
    )
  })

  it('refuses a range that is not one', () => {
    expect(() => niceTicks(2, 1)).toThrow(RangeError)
    expect(() => niceTicks(0, Number.NaN)).toThrow(RangeError)
    expect(() => niceTicks(0, 1, { minStep: 0 })).toThrow(RangeError)
  })
})

describe('valueAxis', () => {
  it('shows durations in one unit chosen from the largest value (the retry storm: up to a minute)', () => {
    const axis = valueAxis('duration', [0.4, 850, 40_000, 61_600])
    expect(labels(axis)).toEqual(['0 s', '20 s', '40 s', '60 s', '80 s'])
    expect(axis.domain).toEqual([0, 80_000])
    expect(axis.ticks).toEqual([0, 20_000, 40_000, 60_000, 80_000])
  })

  it('stays in milliseconds below a second and moves to minutes past two', () => {
    expect(labels(valueAxis('duration', [3.2, 120, 790]))).toEqual(['0 ms', '200 ms', '400 ms', '600 ms', '800 ms'])
    expect(labels(valueAxis('duration', [900_000]))).toEqual(['0 min', '5 min', '10 min', '15 min'])
    expect(labels(valueAxis('duration', [1.5, 2.2]))).toEqual(['0 ms', '1 ms', '2 ms', '3 ms'])
    expect(labels(valueAxis('duration', [0.35]))).toEqual(['0.0 ms', '0.1 ms', '0.2 ms', '0.3 ms', '0.4 ms'])
  })

  it('shows dollars with cents once a step is below a dollar, and tenths of a cent when it must', () => {
    expect(labels(valueAxis('usd', [1_480, 1_236]))).toEqual(['$0', '$500', '$1,000', '$1,500'])
    expect(labels(valueAxis('usd', [0.9]))).toEqual(['$0.00', '$0.25', '$0.50', '$0.75', '$1.00'])
    expect(labels(valueAxis('usd', [0.0043]))).toEqual(['$0.000', '$0.002', '$0.004', '$0.006'])
    expect(labels(valueAxis('usd', [3e-9]))).toEqual(['$0.000000', '$0.000001'])
    expect(labels(valueAxis('usd', [25_000_000]))).toEqual(['$0M', '$10M', '$20M', '$30M'])
  })

  it('shows credits below zero with the sign before the unit', () => {
    expect(labels(valueAxis('usd', [-40, 90]))).toEqual(['-$50', '$0', '$50', '$100'])
  })

  it('counts in whole numbers, then thousands and millions for the whole axis', () => {
    expect(labels(valueAxis('count', [3]))).toEqual(['0', '1', '2', '3'])
    expect(labels(valueAxis('count', [9_000]))).toEqual(['0', '2,500', '5,000', '7,500', '10,000'])
    expect(labels(valueAxis('count', [52_000]))).toEqual(['0k', '20k', '40k', '60k'])
    expect(labels(valueAxis('count', [12_345_678]))).toEqual(['0M', '5M', '10M', '15M'])
  })

  it('draws an empty or all-zero series on a unit axis rather than failing', () => {
    expect(labels(valueAxis('count', []))).toEqual(['0', '1'])
    expect(labels(valueAxis('usd', [0, null, undefined, Number.NaN]))).toEqual([
      '$0.00',
      '$0.25',
      '$0.50',
      '$0.75',
      '$1.00',
    ])
  })

  it('gives every tick of any axis the same unit and the same number of decimals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('usd', 'count', 'duration') as fc.Arbitrary<'usd' | 'count' | 'duration'>,
        fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (kind, values) => {
          const texts = labels(valueAxis(kind, values))
          const shape = (text: string) => text.replace(/[\d,]/g, '9').replace(/9+/g, '9')
          expect(new Set(texts.map(shape)).size).toBe(1)
          expect(new Set(texts).size).toBe(texts.length)
        },
      ),
    )
  })
})

describe('logAxis', () => {
  it('puts a tick on every power of ten around the values', () => {
    const costs = logAxis('usd', [0.034, 12, 480, 0, null])
    expect(costs.ticks).toEqual([0.01, 0.1, 1, 10, 100, 1000])
    expect(labels(costs)).toEqual(['$0.01', '$0.10', '$1', '$10', '$100', '$1,000'])
    expect(labels(logAxis('count', [10, 10_000_000]))).toEqual(['10', '100', '1K', '10K', '100K', '1M', '10M'])
  })
})

describe('stackExtents', () => {
  it('gives the top and the bottom of each stacked bar', () => {
    const rows = [
      { label: 'Jan', lambda: 10, s3: 5, credits: -3 },
      { label: 'Feb', lambda: 2, s3: null },
    ]
    expect(stackExtents(rows, ['lambda', 's3', 'credits'])).toEqual([15, -3, 2, 0])
  })
})
