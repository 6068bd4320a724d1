import { describe, expect, it } from 'vitest'
import { expNegative } from './exp-negative'

describe('expNegative', () => {
  it('agrees with Math.exp(−x) to 1e-15 relative from 0 to 700', () => {
    let worst = 0
    for (let step = 0; step <= 700_000; step++) {
      const x = step / 1000 + (step % 7) * 1.3e-4
      worst = Math.max(worst, Math.abs(expNegative(x) / Math.exp(-x) - 1))
    }
    expect(worst).toBeLessThan(1e-15)
  })

  it('is exact at 0', () => {
    expect(expNegative(0)).toBe(1)
  })
})
