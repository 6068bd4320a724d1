import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '../money'
import { ExactTotal, modelledQuantity } from './exact-total'

// Summing Decimals rounds each partial sum to 40 digits; a wide clone does not, so it is the exact sum here.
const Wide = Decimal.clone({ precision: 1000 })
const PRICES = [
  '0.0000002',
  '0.0000166667',
  '0.0000133334',
  '0.0000000309',
  '0.0042',
  '2.4624',
  '0.000004166700',
  '1.5',
].map((price) => new Decimal(price))

describe('ExactTotal', () => {
  it('equals the exact sum of the priced lines, to the last digit', () => {
    const line = fc.tuple(
      fc.oneof(
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 1e-12, max: 1e-3, noNaN: true }),
      ),
      fc.constantFrom(...PRICES),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const exact = new ExactTotal()
        let total = new Wide(0)
        for (const [quantity, price] of lines) {
          exact.add(quantity, price)
          total = total.plus(new Wide(modelledQuantity(quantity).toFixed()).times(price.toFixed()))
        }
        expect(exact.toDecimal().toFixed()).toBe(total.toFixed())
      }),
      { seed: 20_261_122, numRuns: 2000 },
    )
  })

  it('keeps 15 significant digits of a float quantity and every digit of a safe integer', () => {
    const exact = new ExactTotal()
    exact.add(1_296_000.0000000002, new Decimal('0.0000166667'))
    exact.add(9_007_199_254_740_991, new Decimal('0.0000002'))
    expect(exact.toDecimal().toFixed()).toBe('1801439872.5482414')
  })

  it('is zero with no lines or only zero quantities', () => {
    const exact = new ExactTotal()
    expect(exact.toDecimal().isZero()).toBe(true)
    exact.add(0, PRICES[0]!)
    expect(exact.toDecimal().isZero()).toBe(true)
  })
})
