import * as model from './cold-start-model'
import * as exp from './exp-negative'
import * as gaussian from './gaussian-level-integrals'

// Hot-loop constants and callees are module-local: an imported binding is read through the module system
// on every use (a getter under tsx), which made this loop 2-3× slower.
const NEGLIGIBLE = model.NEGLIGIBLE
const SURVIVAL_CUTOFF = model.SURVIVAL_CUTOFF
const NORMAL_FROM = model.NORMAL_FROM
const expNegative = exp.expNegative
const upperIntegral = gaussian.upperIntegral
const reclaimIntegral = gaussian.reclaimIntegral

/** Slots per warm level in the output: coldAbove, spill, reclaimedBelow (coldAll is coldAbove of level 0). */
export const TERM_SLOTS = 3

// exactSums runs for c < 100 only, where the occupancy is below 1e-17 past j ≈ 200.
const INVERSE = Float64Array.from({ length: 512 }, (_, index) => 1 / index)
// Below this, e^(−x) = 1 − x + x²/2 − x³/6 to 4e-18: the tails of the occupancy need no exponential.
const SERIES_BELOW = 1e-4

/** e^(−x) for 0 ≤ x ≤ SURVIVAL_CUTOFF: the chance that an environment saw no request for a whole idle lifetime. */
function survival(x: number): number {
  return x < SERIES_BELOW ? 1 - x * (1 - x * (0.5 - x * (1 / 6))) : expNegative(x)
}

/**
 * coldStartTerms for the break-even search, written into `out` from `at` (TERM_SLOTS per level) instead of
 * allocated: the same sums in a faster form (expNegative, reciprocals instead of divisions), equal to
 * coldStartTerms to ~1e-13 relative (test), far below what a crossing located to 0.1% can see.
 */
export function searchColdStartTerms(
  c: number,
  a: number,
  warmLevels: readonly number[],
  out: number[],
  at: number,
): void {
  if (c < NORMAL_FROM) return exactSums(c, a, warmLevels, out, at)
  const weight = c >= 2 * NORMAL_FROM ? 1 : (c - NORMAL_FROM) / NORMAL_FROM
  if (weight < 1) exactSums(c, a, warmLevels, out, at)
  else erlangB(c, warmLevels, out, at)
  normalSums(c, a, warmLevels, out, at, weight)
}

/** normalTerms of cold-start-model.ts, blended into the exact sums with `weight` (spill is Erlang B in both). */
function normalSums(
  c: number,
  a: number,
  warmLevels: readonly number[],
  out: number[],
  at: number,
  weight: number,
): void {
  const sigma = Math.sqrt(c)
  const b = a / sigma
  const coldAll = upperIntegral(b, -Infinity)
  for (let level = 0; level < warmLevels.length; level++) {
    const warm = warmLevels[level]!
    const z = (warm - 0.5 - c) / sigma
    const coldAbove = warm === 0 ? coldAll : upperIntegral(b, z)
    const reclaimed = warm === 0 ? 0 : sigma * reclaimIntegral(b, z)
    const slot = at + TERM_SLOTS * level
    out[slot] = weight === 1 ? coldAbove : out[slot]! * (1 - weight) + coldAbove * weight
    out[slot + 2] = weight === 1 ? reclaimed : out[slot + 2]! * (1 - weight) + reclaimed * weight
  }
}

/**
 * exactTerms of cold-start-model.ts, run segment by segment between warm levels (no level check per step): each
 * level's slot takes the sum of its segment below it, then suffix sums make it coldAbove.
 */
function exactSums(c: number, a: number, warmLevels: readonly number[], out: number[], at: number): void {
  const levels = warmLevels.length
  let p = expNegative(c)
  let cdf = p
  let reclaim = 0
  let j = 0
  let ended = false
  for (let level = 0; level < levels; level++) {
    const warm = warmLevels[level]!
    let segment = 0
    for (; !ended && j < warm; j++) {
      const x = a * p
      if (x <= SURVIVAL_CUTOFF) {
        const survive = survival(x)
        segment += p * survive
        reclaim += cdf * survive
      }
      if (j >= c && p < NEGLIGIBLE) {
        ended = true
        break
      }
      p *= c * INVERSE[j + 1]!
      cdf += p
    }
    out[at + TERM_SLOTS * level] = segment
    // Erlang B is p_K / P(N ≤ K), both at hand here; past the end of the occupancy it is below NEGLIGIBLE.
    out[at + TERM_SLOTS * level + 1] = warm === 0 ? 1 : ended ? 0 : p / cdf
    // Levels the occupancy never reaches are reclaimed for sure.
    out[at + TERM_SLOTS * level + 2] = ended ? reclaim + Math.max(0, warm - j - 1) : reclaim
  }
  let above = 0
  for (; !ended; j++) {
    const x = a * p
    if (j >= c && x < SERIES_BELOW) {
      // Past every level and the mode the terms only shrink: sum the rest without exponentials.
      above += tail(c, a, p, j)
      break
    }
    if (x <= SURVIVAL_CUTOFF) above += p * survival(x)
    if (j >= c && p < NEGLIGIBLE) break
    p *= c * INVERSE[j + 1]!
  }
  for (let level = levels - 1; level >= 0; level--) {
    const slot = at + TERM_SLOTS * level
    const own = out[slot]!
    out[slot] = above
    above += own
  }
}

/** Σ_{i ≥ j} p_i e^(−a p_i) from p = p_j, where a·p_j is below SERIES_BELOW and falling. */
function tail(c: number, a: number, p: number, j: number): number {
  let sum = 0
  for (let i = j; ; i++) {
    const x = a * p
    sum += p * (1 - x * (1 - x * (0.5 - x * (1 / 6))))
    if (p < NEGLIGIBLE) return sum
    p *= c * INVERSE[i + 1]!
  }
}

/** Erlang B at each ascending level, as in cold-start-model.ts. */
function erlangB(c: number, warmLevels: readonly number[], out: number[], at: number): void {
  const perC = 1 / c
  let inverse = 1
  let k = 0
  for (let level = 0; level < warmLevels.length; level++) {
    const warm = warmLevels[level]!
    let blocked = 0
    if (warm === 0) blocked = 1
    else if (c > 0) {
      while (k < warm && inverse <= 1 / NEGLIGIBLE) inverse = 1 + ++k * perC * inverse
      blocked = inverse > 1 / NEGLIGIBLE ? 0 : 1 / inverse
    }
    out[at + TERM_SLOTS * level + 1] = blocked
  }
}
