import { SearchCosts } from './search-costs'
import type { SimulationContext } from './simulation-context'
import type { BreakEven, BreakEvenInterval, StrategyName } from './types'

export const MAX_REQUESTS_PER_DAY = 10_000_000
// 0, then two points a decade from 1 to 10 million: two crossings within half a decade can be missed.
const GRID = [0, ...Array.from({ length: 2 * Math.log10(MAX_REQUESTS_PER_DAY) + 1 }, (_, index) => 10 ** (index / 2))]
// Crossings are located to 0.1% (or 0.01 requests a day); more digits would be false precision for this model.
const TOLERANCE = 1e-3
// False-position steps before falling back to bisection: free-tier kinks make some differences step-like.
const SECANT_STEPS = 8
const MAX_STEPS = 60
const SAME = 1e-9
// Costs are sums of a handful of float products: a gap this small relative to them is rounding noise, a crossing.
const RESIDUAL = 1e-12

function sign(difference: number, scale: number): number {
  return Math.abs(difference) <= SAME * Math.max(scale, SAME) ? 0 : Math.sign(difference)
}

// Hot loops below assign plain variables rather than destructure arrays: each [x, y] literal is an allocation
// that V8 does not always remove, and the search runs thousands of times per fleet.
const ENDS = ['hi', 'lo'] as const

/** A sign change of first − second between lo and hi. */
type Bracket = { lo: number; hi: number; fLo: number; fHi: number }

/**
 * Every traffic level the refinement evaluated, with all strategies' costs: pairs that cross in the same grid
 * interval (often several cross EC2 near the same traffic) start from a bracket already narrowed by the others.
 */
class Probes {
  private readonly levels: number[] = []
  private readonly costs: number[] = []

  constructor(private readonly search: SearchCosts) {}

  at(requestsPerDay: number): number[] {
    const costs = this.search.at(requestsPerDay)
    this.levels.push(requestsPerDay)
    for (let index = 0; index < costs.length; index++) this.costs.push(costs[index]!)
    return costs
  }

  /** Moves hi to the lowest probe inside with hi's sign, then lo to the highest probe below it with lo's sign. */
  narrow(first: number, second: number, bracket: Bracket): void {
    const count = this.search.strategies.length
    for (const end of ENDS) {
      for (let probe = 0; probe < this.levels.length; probe++) {
        const level = this.levels[probe]!
        const gap = this.costs[probe * count + first]! - this.costs[probe * count + second]!
        if (!(level > bracket.lo && level < bracket.hi) || gap === 0) continue
        if (end === 'hi' && Math.sign(gap) === Math.sign(bracket.fHi)) {
          bracket.hi = level
          bracket.fHi = gap
        }
        if (end === 'lo' && Math.sign(gap) === Math.sign(bracket.fLo)) {
          bracket.lo = level
          bracket.fLo = gap
        }
      }
    }
  }
}

/**
 * False position with the Illinois correction, then bisection: always keeps a bracket around the sign change.
 * Where the difference is linear in the bracket (no cold starts or spillover left to bend it) the first step
 * is already the crossing in closed form, and a residual at float noise ends the search there.
 */
function refine(probes: Probes, first: number, second: number, bracket: Bracket, scale: number): number {
  let { lo, hi, fLo, fHi } = bracket
  let side = 0
  let previous = NaN
  for (let step = 0; step < MAX_STEPS && hi - lo > Math.max(0.01, TOLERANCE * hi); step++) {
    let middle = step < SECANT_STEPS ? (lo * fHi - hi * fLo) / (fHi - fLo) : (lo + hi) / 2
    if (!(middle > lo && middle < hi)) middle = (lo + hi) / 2
    // False position converges faster than linearly: two successive estimates within a tenth of the tolerance
    // leave an error below it (the ±0.5% property test fails at half the tolerance).
    if (Math.abs(middle - previous) <= Math.max(0.01, TOLERANCE * middle) * 0.1) return middle
    previous = middle
    const costs = probes.at(middle)
    const fMiddle = costs[first]! - costs[second]!
    if (Math.abs(fMiddle) <= RESIDUAL * scale) return middle
    if (Math.sign(fMiddle) === Math.sign(fHi)) {
      hi = middle
      fHi = fMiddle
      if (side === -1) fLo /= 2
      side = -1
    } else {
      lo = middle
      fLo = fMiddle
      if (side === 1) fHi /= 2
      side = 1
    }
  }
  return (lo + hi) / 2
}

/**
 * The stretches between crossings and which of the pair is cheaper in each: every crossing is a sign change of
 * the difference, so the cheaper one alternates from the one cheaper below the first crossing.
 */
function intervalsBetween(
  pair: [StrategyName, StrategyName],
  crossings: number[],
  cheaperBelow: StrategyName | null,
): BreakEvenInterval[] {
  const bounds = [0, ...crossings, MAX_REQUESTS_PER_DAY]
  const other = cheaperBelow === pair[0] ? pair[1] : pair[0]
  return bounds.slice(1).map((to, index) => ({
    fromRequestsPerDay: bounds[index]!,
    toRequestsPerDay: to,
    cheaper: cheaperBelow === null ? null : index % 2 === 0 ? cheaperBelow : other,
  }))
}

/**
 * For each pair of strategies, the requests per day (0 to 10 million) where one becomes cheaper than the other.
 * Costs come from the same model as the results, evaluated in floating point (see SearchCosts): each
 * strategy's curve once on a grid shared by all pairs, then only the intervals where a pair changes sign.
 */
export function findBreakEven(context: SimulationContext, strategies: StrategyName[]): BreakEven[] {
  if (strategies.length < 2) return []
  const search = new SearchCosts(context, strategies)
  const probes = new Probes(search)
  const count = strategies.length
  const curves: number[] = []
  for (const level of GRID) {
    const costs = search.at(level)
    for (let index = 0; index < count; index++) curves.push(costs[index]!)
  }
  const results: BreakEven[] = []
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const crossings: number[] = []
      let previous = -1
      let below = 0
      let above = 0
      for (let k = 0; k < GRID.length; k++) {
        const a = curves[k * count + i]!
        const b = curves[k * count + j]!
        const signed = sign(a - b, Math.max(Math.abs(a), Math.abs(b)))
        if (signed === 0) continue
        if (previous < 0) below = signed
        else if (signed !== above) {
          const c = curves[previous * count + i]!
          const d = curves[previous * count + j]!
          const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d))
          const bracket = { lo: GRID[previous]!, hi: GRID[k]!, fLo: c - d, fHi: a - b }
          probes.narrow(i, j, bracket)
          crossings.push(refine(probes, i, j, bracket, scale))
        }
        previous = k
        above = signed
      }
      const pair: [StrategyName, StrategyName] = [strategies[i]!, strategies[j]!]
      const cheaperBelow = below === 0 ? null : below < 0 ? pair[0] : pair[1]
      results.push({
        strategies: pair,
        requestsPerDay: crossings[0] ?? null,
        crossings,
        cheaperBelow,
        cheaperAbove: above === 0 ? null : above < 0 ? pair[0] : pair[1],
        intervals: intervalsBetween(pair, crossings, cheaperBelow),
      })
    }
  }
  return results
}
