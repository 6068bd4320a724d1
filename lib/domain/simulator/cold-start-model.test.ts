import { describe, expect, it } from 'vitest'
import { coldStartTerms as termsForLevels } from './cold-start-model'

const coldStartTerms = (c: number, a: number, warm: number) => termsForLevels(c, a, [warm])[0]!

// Discrete-event check: Poisson arrivals, fixed duration, `pinned` environments that never expire (kept warm)
// tried first, then the most recently used idle environment; an environment idle longer than L is reclaimed.
function discreteEventSimulation(
  rate: number,
  duration: number,
  idleLifetime: number,
  pinned: number,
  arrivals: number,
) {
  let seed = 12_345
  const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) + 0.5) / 4_294_967_296
  const pinnedBusyUntil = Array<number>(pinned).fill(0)
  let busy: number[] = []
  let idle: number[] = []
  let time = 0
  let cold = 0
  let spill = 0
  for (let i = 0; i < arrivals; i++) {
    time += -Math.log(random()) / rate
    const done = busy.filter((end) => end <= time)
    if (done.length) {
      busy = busy.filter((end) => end > time)
      idle = [...idle, ...done].sort((x, y) => x - y)
    }
    idle = idle.filter((end) => end + idleLifetime >= time)
    const warm = pinnedBusyUntil.findIndex((end) => end <= time)
    if (warm >= 0) {
      pinnedBusyUntil[warm] = time + duration
      continue
    }
    spill++
    if (idle.length) idle.pop()
    else cold++
    busy.push(time + duration)
  }
  return { cold: cold / arrivals, spill: spill / arrivals }
}

describe('coldStartTerms', () => {
  it('reduces to e^(−λL) for one environment at low concurrency (500 requests a day, 100 ms, L = 7 min)', () => {
    const rate = 500 / 86_400
    const terms = coldStartTerms(rate * 0.1, rate * 420, 0)
    // e^(−2.43) = 0.088, plus about c = 0.0006 for requests that find the one environment busy.
    expect(terms.coldAll / Math.exp(-rate * 420)).toBeGreaterThan(1)
    expect(terms.coldAll / Math.exp(-rate * 420)).toBeLessThan(1.01)
    expect(terms.coldAbove).toBe(terms.coldAll)
    expect(terms.spill).toBe(1)
  })

  it('handles no traffic: every request would be cold, K warm levels all reclaimed', () => {
    expect(coldStartTerms(0, 0, 0)).toEqual({ coldAll: 1, coldAbove: 1, spill: 1, reclaimedBelow: 0 })
    expect(coldStartTerms(0, 0, 3)).toEqual({ coldAll: 1, coldAbove: 0, spill: 0, reclaimedBelow: 3 })
  })

  it.each([
    [1, 1, 0.5],
    [1, 2, 0.2],
    [10, 10, 0.2145823],
    [200, 200, 0.0527],
    [1000, 500, 0.5],
  ])('gives Erlang B as spillover: c = %s, K = %s → %s', (c, warm, blocked) => {
    expect(coldStartTerms(c, 100, warm).spill).toBeCloseTo(blocked, c < 100 ? 6 : 2)
  })

  it.each([
    [500 / 86_400, 0.1, 0],
    [0.05, 0.1, 0],
    [1, 1, 0],
    [0.5, 10, 0],
    [2, 10, 0],
    [1, 1, 1],
    [0.5, 10, 5],
  ])(
    'agrees with a discrete-event simulation within 35 percent: rate %s/s, duration %s s, %s kept warm',
    (rate, duration, pinned) => {
      const idleLifetime = 420
      const simulated = discreteEventSimulation(
        rate,
        duration,
        idleLifetime,
        pinned,
        Math.min(200_000, Math.ceil(rate * idleLifetime * 300)),
      )
      const terms = coldStartTerms(rate * duration, rate * idleLifetime, pinned)
      expect(terms.coldAbove / simulated.cold).toBeGreaterThan(0.65)
      expect(terms.coldAbove / simulated.cold).toBeLessThan(1.35)
      expect(Math.abs(terms.spill - simulated.spill)).toBeLessThan(0.02 + 0.1 * simulated.spill)
    },
  )

  it.each([
    [49.999, 50],
    [99.999, 100],
  ])('blends into the normal approximation without a jump between c = %s and %s', (below, at) => {
    for (const m of [1e2, 1e4, 1e6]) {
      for (const warm of [0, 45, 60, 80, 120]) {
        const [before, after] = [coldStartTerms(below, below * m, warm), coldStartTerms(at, at * m, warm)]
        expect(Math.abs(after.coldAbove - before.coldAbove)).toBeLessThanOrEqual(1e-3 * before.coldAbove + 1e-12)
        expect(Math.abs(after.spill - before.spill)).toBeLessThan(1e-3)
        expect(Math.abs(after.reclaimedBelow - before.reclaimedBelow)).toBeLessThan(1e-2)
      }
    }
  })

  it('computes several warm levels in one pass, each as if alone', () => {
    for (const c of [0.01, 3, 70, 500]) {
      const together = termsForLevels(c, c * 4200, [0, 2, 5, 80])
      const alone = [0, 2, 5, 80].map((warm) => coldStartTerms(c, c * 4200, warm))
      // Equal up to the order of floating-point additions (sums run per segment between levels).
      together.forEach((terms, index) => {
        for (const key of ['coldAll', 'coldAbove', 'spill', 'reclaimedBelow'] as const) {
          expect(Math.abs(terms[key] - alone[index]![key])).toBeLessThanOrEqual(1e-12 * Math.abs(alone[index]![key]))
        }
      })
    }
  })

  it('never returns a share outside [0, 1] or NaN', () => {
    for (const c of [0, 1e-9, 0.3, 7, 49, 50, 400, 1e5]) {
      for (const a of [0, 1e-6, 3, 1e3, 1e9]) {
        for (const warm of [0, 1, 10, 500]) {
          const terms = coldStartTerms(c, a, warm)
          for (const value of [terms.coldAll, terms.coldAbove, terms.spill]) {
            expect(value).toBeGreaterThanOrEqual(0)
            expect(value).toBeLessThanOrEqual(1 + 1e-9)
          }
          expect(terms.reclaimedBelow).toBeGreaterThanOrEqual(0)
          expect(terms.reclaimedBelow).toBeLessThanOrEqual(warm + 1e-9)
        }
      }
    }
  })
})
