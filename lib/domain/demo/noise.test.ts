import { describe, expect, it } from 'vitest'
import { count, gaussian, uniform } from './noise'

describe('keyed noise', () => {
  it('is deterministic per key and differs between keys', () => {
    expect(uniform(7, 'fn', 12)).toBe(uniform(7, 'fn', 12))
    expect(uniform(7, 'fn', 12)).not.toBe(uniform(7, 'fn', 13))
    expect(uniform(7, 'fn', 12)).not.toBe(uniform(8, 'fn', 12))
  })

  it('is roughly uniform and normal', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => uniform(1, i))
    const mean = values.reduce((a, b) => a + b, 0) / values.length
    expect(mean).toBeGreaterThan(0.48)
    expect(mean).toBeLessThan(0.52)
    const normals = Array.from({ length: 20_000 }, (_, i) => gaussian(1, i))
    const variance = normals.reduce((a, b) => a + b * b, 0) / normals.length
    expect(variance).toBeGreaterThan(0.9)
    expect(variance).toBeLessThan(1.1)
  })

  it('draws counts around the mean', () => {
    for (const mean of [0.5, 5, 500]) {
      const draws = Array.from({ length: 5_000 }, (_, i) => count(mean, 3, i))
      const average = draws.reduce((a, b) => a + b, 0) / draws.length
      expect(Math.abs(average - mean) / mean).toBeLessThan(0.08)
      expect(draws.every((value) => Number.isInteger(value) && value >= 0)).toBe(true)
    }
  })
})
