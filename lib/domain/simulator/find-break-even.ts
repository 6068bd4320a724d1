import { estimateStrategyUsd, searchRates } from './estimate-strategy-usd'
import { hourTerms } from './hour-terms'
import { modelStrategies } from './model-strategy'
import type { SimulationContext } from './simulation-context'
import type { BreakEven, StrategyName } from './types'

const MAX_REQUESTS_PER_DAY = 10_000_000
// 0, then two points a decade from 1 to 10 million: two crossings within half a decade can be missed.
const GRID = [0, ...Array.from({ length: 2 * Math.log10(MAX_REQUESTS_PER_DAY) + 1 }, (_, index) => 10 ** (index / 2))]
// Crossings are located to 0.1% (or 0.01 requests a day); more digits would be false precision for this model.
const TOLERANCE = 1e-3
// False-position steps before falling back to bisection: free-tier kinks make some differences step-like.
const SECANT_STEPS = 8
const MAX_STEPS = 60
const SAME = 1e-9

function sign(difference: number, scale: number): number {
  return Math.abs(difference) <= SAME * Math.max(scale, SAME) ? 0 : Math.sign(difference)
}

/** False position with the Illinois correction, then bisection: always keeps a bracket around the sign change. */
function refine(difference: (requestsPerDay: number) => number, low: number, high: number, fLow: number, fHigh: number): number {
  let [lo, hi, fLo, fHi] = [low, high, fLow, fHigh]
  let side = 0
  for (let step = 0; step < MAX_STEPS && hi - lo > Math.max(0.01, TOLERANCE * hi); step++) {
    let middle = step < SECANT_STEPS ? (lo * fHi - hi * fLo) / (fHi - fLo) : (lo + hi) / 2
    if (!(middle > lo && middle < hi)) middle = (lo + hi) / 2
    const fMiddle = difference(middle)
    if (fMiddle === 0) return middle
    if (Math.sign(fMiddle) === Math.sign(fHi)) {
      ;[hi, fHi] = [middle, fMiddle]
      if (side === -1) fLo /= 2
      side = -1
    } else {
      ;[lo, fLo] = [middle, fMiddle]
      if (side === 1) fHi /= 2
      side = 1
    }
  }
  return (lo + hi) / 2
}

/**
 * For each pair of strategies, the requests per day (0 to 10 million) where one becomes cheaper than the other.
 * Costs come from the same model as the results, evaluated in floating point (see estimateStrategyUsd).
 */
export function findBreakEven(context: SimulationContext, strategies: StrategyName[]): BreakEven[] {
  const { includeFreeTier } = context.input
  const rates = new Map(strategies.map((strategy) => [strategy, searchRates(context, strategy)]))
  const costs = (names: StrategyName[], requestsPerDay: number) =>
    modelStrategies(context, names, hourTerms(context, requestsPerDay)).map((quantities) => estimateStrategyUsd(quantities, rates.get(quantities.strategy)!, includeFreeTier))
  const curves = GRID.map((requestsPerDay) => costs(strategies, requestsPerDay))
  const results: BreakEven[] = []
  for (const [i, first] of strategies.entries()) {
    for (const [j, second] of strategies.entries()) {
      if (j <= i) continue
      const gaps = curves.map((row) => row[i]! - row[j]!)
      const signs = curves.map((row, k) => sign(gaps[k]!, Math.max(Math.abs(row[i]!), Math.abs(row[j]!))))
      const difference = (requestsPerDay: number) => {
        const [a, b] = costs([first, second], requestsPerDay)
        return a! - b!
      }
      const crossings: number[] = []
      let last = -1
      for (const [k, current] of signs.entries()) {
        if (current === 0) continue
        if (last >= 0 && current !== signs[last]) crossings.push(refine(difference, GRID[last]!, GRID[k]!, gaps[last]!, gaps[k]!))
        last = k
      }
      const nonZero = signs.filter((value) => value !== 0)
      const cheaper = (value: number | undefined) => (value === undefined ? null : value < 0 ? first : second)
      results.push({
        strategies: [first, second],
        requestsPerDay: crossings[0] ?? null,
        crossings,
        cheaperBelow: cheaper(nonZero[0]),
        cheaperAbove: cheaper(nonZero.at(-1)),
      })
    }
  }
  return results
}
