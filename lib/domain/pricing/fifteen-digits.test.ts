import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fifteenDigits } from './fifteen-digits'

/** What toPrecision(15) says, as mantissa and exponent with no trailing zeros. */
function byString(x: number): string {
  const [number, exponent = '0'] = x.toPrecision(15).split('e')
  const [whole, fraction = ''] = number!.split('.')
  return normalise(BigInt(whole! + fraction), Number(exponent) - fraction.length)
}

function normalise(mantissa: bigint, exponent: number): string {
  while (mantissa % 10n === 0n && mantissa !== 0n) {
    mantissa /= 10n
    exponent += 1
  }
  return `${mantissa}e${exponent}`
}

function byArithmetic(x: number): string | undefined {
  const rounded = fifteenDigits(x)
  return rounded && normalise(BigInt(rounded.mantissa), rounded.exponent)
}

describe('fifteenDigits', () => {
  it('rounds like toPrecision(15) for floats of every magnitude it accepts, and accepts nearly all of them', () => {
    let declined = 0
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 1e15, noNaN: true, maxExcluded: true }), (x) => {
        const rounded = byArithmetic(x)
        if (rounded === undefined) declined++
        else expect(rounded).toBe(byString(x))
      }),
      { seed: 20_261_122, numRuns: 100_000 },
    )
    expect(declined).toBeLessThan(10)
  })

  it('rounds like toPrecision(15) across magnitudes drawn evenly on a log scale', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 14.999, noNaN: true }), (power) => {
        const x = 10 ** power
        expect(byArithmetic(x)).toBe(byString(x))
      }),
      { seed: 20_261_123, numRuns: 50_000 },
    )
  })

  it('rounds exact and near halves of the 15th digit as toPrecision does (half up)', () => {
    const cases = [
      123456789012345.5,
      123456789012344.5,
      999999999999999.5,
      0.5,
      1.5,
      2.5e-8,
      1234.56789012345,
      0.1 + 0.2,
      1_296_000.0000000002,
      7.000000000000005,
      99999999999999.95,
    ]
    for (const base of cases) {
      for (const x of [base, nextUp(base), nextDown(base)]) {
        expect(byArithmetic(x), String(x)).toBe(byString(x))
      }
    }
  })

  it('places powers of ten and values next to them', () => {
    for (let power = -8; power < 15; power++) {
      const x = 10 ** power
      for (const value of [x, nextUp(x), nextDown(x)]) {
        if (value < 1e-8 || value >= 1e15) continue
        // Answered by arithmetic, not left to the string: a power of ten and its neighbours are placed exactly.
        expect(byArithmetic(value), String(value)).toBe(byString(value))
      }
    }
  })

  it('leaves values outside its range to the string', () => {
    for (const x of [0, 1e-9, 1e15, 2e20, -1, Infinity, NaN]) expect(fifteenDigits(x)).toBeUndefined()
  })
})

function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  view.setBigUint64(0, view.getBigUint64(0) + 1n)
  return view.getFloat64(0)
}

function nextDown(x: number): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  view.setBigUint64(0, view.getBigUint64(0) - 1n)
  return view.getFloat64(0)
}
