import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roundToCents, sum, toDecimal } from '../money'
import { centsThatAddUp } from './cents-that-add-up'

describe('centsThatAddUp', () => {
  it('shows three thirds of a dollar as 0.34 + 0.33 + 0.33', () => {
    expect(centsThatAddUp(['0.333333', '0.333333', '0.333334'], '1')).toEqual(['0.33', '0.33', '0.34'])
  })

  it('leaves parts alone when their rounding already adds up, negatives included', () => {
    expect(centsThatAddUp(['196.214', '-94.321'], '101.893')).toEqual(['196.21', '-94.32'])
  })

  it('always adds up to the rounded total, each part within a cent of its exact value', () => {
    const amount = fc.stringMatching(/^-?\d{1,4}\.\d{1,6}$/)
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), (parts) => {
        const total = sum(parts)
        const shown = centsThatAddUp(parts, total)
        expect(sum(shown).toFixed(2)).toBe(roundToCents(total).toFixed(2))
        shown.forEach((part, index) =>
          expect(toDecimal(part).minus(toDecimal(parts[index]!)).abs().lte('0.01')).toBe(true),
        )
      }),
      { numRuns: 500, seed: 42 },
    )
  })
})
