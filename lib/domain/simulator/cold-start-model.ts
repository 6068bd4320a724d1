import { reclaimIntegral, upperIntegral } from './gaussian-level-integrals'

/**
 * Per-request cold-start terms in one hour, K environments kept warm. In-flight requests N ~ Poisson(c); the k-th
 * environment survives only if a request finds k−1 busy again within the idle lifetime L, so P(cold) =
 * Σ_k p_{k−1} e^{−λ L p_{k−1}}: e^{−λL} for one environment, within ~35% of a discrete-event simulation (test).
 */
export type ColdStartTerms = {
  /** Share of requests that start an environment when none is kept warm (on-demand). */
  coldAll: number
  /** Share of requests that start an environment above the K always-warm ones. */
  coldAbove: number
  /** Share of requests that find K reserved environments all busy (Erlang B): provisioned-concurrency spillover. */
  spill: number
  /** Expected number of the K lowest environments reclaimed when nothing pings them: Σ_{j<K} P(N ≤ j) e^{−a p_j}. */
  reclaimedBelow: number
}

// Above a mean concurrency of 50 the sums use a normal approximation (O(1) per bucket), blended in up to 100
// so results stay continuous. Its tails are thinner than Poisson's, so cold starts far above K can be off by
// up to ~2x there, where they are a negligible share of requests.
const NORMAL_FROM = 50
const NORMAL_ONLY_FROM = 100
const NEGLIGIBLE = 1e-17

/**
 * Terms for each K in `warmLevels` (ascending) at mean concurrency c and a = arrivals per idle lifetime (λL),
 * from one pass over the occupancy distribution.
 */
export function coldStartTerms(c: number, a: number, warmLevels: readonly number[]): ColdStartTerms[] {
  if (c < NORMAL_FROM) return exactTerms(c, a, warmLevels)
  if (c >= NORMAL_ONLY_FROM) return normalTerms(c, a, warmLevels)
  const weight = (c - NORMAL_FROM) / (NORMAL_ONLY_FROM - NORMAL_FROM)
  const normal = normalTerms(c, a, warmLevels)
  return exactTerms(c, a, warmLevels).map((exact, index) => {
    const other = normal[index]!
    const mix = (key: keyof ColdStartTerms) => exact[key] * (1 - weight) + other[key] * weight
    return { coldAll: mix('coldAll'), coldAbove: mix('coldAbove'), spill: mix('spill'), reclaimedBelow: mix('reclaimedBelow') }
  })
}

function exactTerms(c: number, a: number, warmLevels: readonly number[]): ColdStartTerms[] {
  const levels = warmLevels.length
  const coldAbove: number[] = []
  const reclaimedBelow: number[] = []
  for (let level = 0; level < levels; level++) {
    coldAbove.push(0)
    reclaimedBelow.push(0)
  }
  let p = Math.exp(-c)
  let cdf = p
  let coldAll = 0
  for (let j = 0; ; j++) {
    // e^{−a p_j}: the chance that level j+1 saw no arrival for a whole idle lifetime; 0 around the mode.
    const x = a * p
    if (x <= 745) {
      const survive = x < 1e-9 ? 1 - x : Math.exp(-x)
      const term = p * survive
      coldAll += term
      for (let level = 0; level < levels; level++) {
        if (j >= warmLevels[level]!) coldAbove[level]! += term
        else reclaimedBelow[level]! += cdf * survive
      }
    }
    if (j >= c && p < NEGLIGIBLE) {
      // Levels left below K have p ≈ 0 and P(N ≤ j) ≈ 1: each is reclaimed for sure.
      for (let level = 0; level < levels; level++) reclaimedBelow[level]! += Math.max(0, warmLevels[level]! - j - 1)
      break
    }
    p = (p * c) / (j + 1)
    cdf += p
  }
  const terms: ColdStartTerms[] = []
  for (let level = 0; level < levels; level++) {
    terms.push({ coldAll, coldAbove: coldAbove[level]!, spill: erlangB(warmLevels[level]!, c), reclaimedBelow: reclaimedBelow[level]! })
  }
  return terms
}

function normalTerms(c: number, a: number, warmLevels: readonly number[]): ColdStartTerms[] {
  const sigma = Math.sqrt(c)
  const b = a / sigma
  const coldAll = upperIntegral(b, -Infinity)
  return warmLevels.map((warm) => {
    if (warm === 0) return { coldAll, coldAbove: coldAll, spill: 1, reclaimedBelow: 0 }
    const z = (warm - 0.5 - c) / sigma
    return { coldAll, coldAbove: upperIntegral(b, z), spill: erlangB(warm, c), reclaimedBelow: sigma * reclaimIntegral(b, z) }
  })
}

/** Erlang B by the recursion 1/B(k) = 1 + (k/c)/B(k−1); stops once B < 1e-17. */
function erlangB(warmLevels: number, c: number): number {
  if (warmLevels === 0) return 1
  if (c <= 0) return 0
  let inverse = 1
  for (let k = 1; k <= warmLevels; k++) {
    inverse = 1 + (k / c) * inverse
    if (inverse > 1 / NEGLIGIBLE) return 0
  }
  return 1 / inverse
}
