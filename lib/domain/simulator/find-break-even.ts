import { estimateStrategyUsd, searchRates, type SearchRates } from './estimate-strategy-usd'
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
// Costs are sums of a handful of float products: a gap this small relative to them is rounding noise, a crossing.
const RESIDUAL = 1e-12

type Difference = (requestsPerDay: number) => number

function sign(difference: number, scale: number): number {
  return Math.abs(difference) <= SAME * Math.max(scale, SAME) ? 0 : Math.sign(difference)
}

/**
 * False position with the Illinois correction, then bisection: always keeps a bracket around the sign change.
 * Where the difference is linear in the bracket (no cold starts or spillover left to bend it) the first step
 * is already the crossing in closed form, and a residual at float noise ends the search there.
 */
function refine(difference: Difference, low: number, high: number, fLow: number, fHigh: number, scale: number): number {
  let [lo, hi, fLo, fHi] = [low, high, fLow, fHigh]
  let side = 0
  let previous = NaN
  for (let step = 0; step < MAX_STEPS && hi - lo > Math.max(0.01, TOLERANCE * hi); step++) {
    let middle = step < SECANT_STEPS ? (lo * fHi - hi * fLo) / (fHi - fLo) : (lo + hi) / 2
    if (!(middle > lo && middle < hi)) middle = (lo + hi) / 2
    // False position converges faster than linearly: two successive estimates within a tenth of the tolerance
    // leave an error below it (the ±0.5% property test fails at half the tolerance).
    if (Math.abs(middle - previous) <= Math.max(0.01, TOLERANCE * middle) * 0.1) return middle
    previous = middle
    const fMiddle = difference(middle)
    if (Math.abs(fMiddle) <= RESIDUAL * scale) return middle
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

type Search = { context: SimulationContext; strategies: StrategyName[]; rates: SearchRates[] }

/** Float cost of each named strategy at one traffic level. */
function costsAt(search: Search, names: StrategyName[], requestsPerDay: number): number[] {
  const quantities = modelStrategies(search.context, names, hourTerms(search.context, requestsPerDay))
  const costs: number[] = []
  for (let index = 0; index < quantities.length; index++) {
    costs.push(estimateStrategyUsd(quantities[index]!, search.rates[search.strategies.indexOf(names[index]!)]!, search.context.input.includeFreeTier))
  }
  return costs
}

function gap(search: Search, pair: StrategyName[], requestsPerDay: number): number {
  const [a, b] = costsAt(search, pair, requestsPerDay)
  return a! - b!
}

function scaledSign(row: number[], i: number, j: number): number {
  return sign(row[i]! - row[j]!, Math.max(Math.abs(row[i]!), Math.abs(row[j]!)))
}

/**
 * For each pair of strategies, the requests per day (0 to 10 million) where one becomes cheaper than the other.
 * Costs come from the same model as the results, evaluated in floating point (see estimateStrategyUsd): each
 * strategy's curve once on a grid shared by all pairs, then only the intervals where a pair changes sign.
 */
export function findBreakEven(context: SimulationContext, strategies: StrategyName[]): BreakEven[] {
  if (strategies.length < 2) return []
  const search: Search = { context, strategies, rates: strategies.map((strategy) => searchRates(context, strategy)) }
  const curves = GRID.map((requestsPerDay) => costsAt(search, strategies, requestsPerDay))
  const results: BreakEven[] = []
  for (let i = 0; i < strategies.length; i++) {
    for (let j = i + 1; j < strategies.length; j++) {
      const pair = [strategies[i]!, strategies[j]!]
      const signs = curves.map((row) => scaledSign(row, i, j))
      const crossings: number[] = []
      let previous = -1
      for (let k = 0; k < signs.length; k++) {
        if (signs[k] === 0) continue
        if (previous >= 0 && signs[k] !== signs[previous]) {
          const scale = Math.max(Math.abs(curves[previous]![i]!), Math.abs(curves[previous]![j]!), Math.abs(curves[k]![i]!), Math.abs(curves[k]![j]!))
          crossings.push(refine((at) => gap(search, pair, at), GRID[previous]!, GRID[k]!, curves[previous]![i]! - curves[previous]![j]!, curves[k]![i]! - curves[k]![j]!, scale))
        }
        previous = k
      }
      const nonZero = signs.filter((value) => value !== 0)
      const below = nonZero[0]
      const above = nonZero.at(-1)
      results.push({
        strategies: [pair[0]!, pair[1]!],
        requestsPerDay: crossings[0] ?? null,
        crossings,
        cheaperBelow: below === undefined ? null : below < 0 ? pair[0]! : pair[1]!,
        cheaperAbove: above === undefined ? null : above < 0 ? pair[0]! : pair[1]!,
      })
    }
  }
  return results
}
