import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coldStartTerms } from './cold-start-model'
import { searchColdStartTerms, TERM_SLOTS } from './search-cold-start-terms'

const LEVEL_SETS = [[0], [0, 1], [0, 3, 40], [0, 17], [0, 2, 5, 80, 250]]

function expectAgreement(c: number, a: number, levels: number[]) {
  const out = Array<number>(2 + TERM_SLOTS * levels.length).fill(NaN)
  searchColdStartTerms(c, a, levels, out, 2)
  coldStartTerms(c, a, levels).forEach((terms, level) => {
    const slot = 2 + TERM_SLOTS * level
    for (const [exact, fast] of [
      [terms.coldAbove, out[slot]!],
      [terms.spill, out[slot + 1]!],
      [terms.reclaimedBelow, out[slot + 2]!],
      [terms.coldAll, out[2]!],
    ]) {
      expect(Math.abs(fast! - exact!)).toBeLessThanOrEqual(1e-12 * Math.abs(exact!) + 1e-15)
    }
  })
}

describe('searchColdStartTerms', () => {
  it('agrees with coldStartTerms across the exact, blended and normal ranges', () => {
    for (const c of [0, 1e-9, 1e-4, 0.02, 0.7, 3, 12, 49.9, 50, 73, 99.9, 100, 400, 1e5]) {
      for (const perRequest of [0, 1, 14, 420, 84_000]) {
        for (const levels of LEVEL_SETS) expectAgreement(c, c * perRequest, levels)
      }
    }
  })

  it('agrees with coldStartTerms for random occupancies, idle lifetimes and warm levels', () => {
    const levels = fc
      .uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 4 })
      .map((warm) => [0, ...warm.sort((x, y) => x - y)])
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        levels,
        (c, perRequest, warm) => {
          expectAgreement(c, c * perRequest, warm)
        },
      ),
      { seed: 20_260_801, numRuns: 2000 },
    )
  })
})
