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
export const NORMAL_FROM = 50
export const NEGLIGIBLE = 1e-17

/**
 * Terms for each K in `warmLevels` (ascending) at mean concurrency c and a = arrivals per idle lifetime (λL),
 * from one pass over the occupancy distribution.
 */
export function coldStartTerms(c: number, a: number, warmLevels: readonly number[]): ColdStartTerms[] {
  if (c < NORMAL_FROM) return exactTerms(c, a, warmLevels)
  if (c >= 2 * NORMAL_FROM) return normalTerms(c, a, warmLevels)
  const weight = (c - NORMAL_FROM) / NORMAL_FROM
  const normal = normalTerms(c, a, warmLevels)
  const exact = exactTerms(c, a, warmLevels)
  for (let index = 0; index < exact.length; index++) {
    const [x, y] = [exact[index]!, normal[index]!]
    x.coldAll = x.coldAll * (1 - weight) + y.coldAll * weight
    x.coldAbove = x.coldAbove * (1 - weight) + y.coldAbove * weight
    x.spill = x.spill * (1 - weight) + y.spill * weight
    x.reclaimedBelow = x.reclaimedBelow * (1 - weight) + y.reclaimedBelow * weight
  }
  return exact
}

// Beyond e^(−40) ≈ 4e-18 a level's survival is below the sums' resolution; skipping it saves an exp() per level
// near the mode, where most levels are busy.
export const SURVIVAL_CUTOFF = 40

/**
 * One pass over the occupancy distribution. Terms are summed per segment between warm levels, so each level's
 * share is a suffix sum of positive numbers (no cancellation) and the pass costs O(1) per occupancy level.
 */
function exactTerms(c: number, a: number, warmLevels: readonly number[]): ColdStartTerms[] {
  const levels = warmLevels.length
  const top = levels ? warmLevels[levels - 1]! : 0
  // Plain arrays: a typed array costs more to create than this pass costs for a quiet hour.
  const segments: number[] = []
  const reclaimAt: number[] = []
  for (let level = 0; level < levels; level++) {
    segments.push(0)
    reclaimAt.push(0)
  }
  segments.push(0)
  let p = Math.exp(-c)
  let cdf = p
  let reclaim = 0
  let next = 0
  for (let j = 0; ; j++) {
    while (next < levels && warmLevels[next]! <= j) reclaimAt[next++] = reclaim
    // e^{−a p_j}: the chance that level j+1 saw no arrival for a whole idle lifetime; 0 around the mode.
    const x = a * p
    if (x <= SURVIVAL_CUTOFF) {
      const survive = x < 1e-9 ? 1 - x : Math.exp(-x)
      segments[next]! += p * survive
      if (j < top) reclaim += cdf * survive
    }
    if (j >= c && p < NEGLIGIBLE) {
      // Levels left above j have p ≈ 0 and P(N ≤ j) ≈ 1: each is reclaimed for sure.
      for (let level = next; level < levels; level++)
        reclaimAt[level] = reclaim + Math.max(0, warmLevels[level]! - j - 1)
      break
    }
    p = (p * c) / (j + 1)
    cdf += p
  }
  const terms: ColdStartTerms[] = new Array(levels)
  const spill = erlangB(warmLevels, c)
  let above = segments[levels]!
  for (let level = levels - 1; level >= 0; level--) {
    terms[level] = { coldAll: 0, coldAbove: above, spill: spill[level]!, reclaimedBelow: reclaimAt[level]! }
    above += segments[level]!
  }
  for (const term of terms) term.coldAll = above
  return terms
}

function normalTerms(c: number, a: number, warmLevels: readonly number[]): ColdStartTerms[] {
  const sigma = Math.sqrt(c)
  const b = a / sigma
  const coldAll = upperIntegral(b, -Infinity)
  const spill = erlangB(warmLevels, c)
  return warmLevels.map((warm, level) => {
    if (warm === 0) return { coldAll, coldAbove: coldAll, spill: 1, reclaimedBelow: 0 }
    const z = (warm - 0.5 - c) / sigma
    return {
      coldAll,
      coldAbove: upperIntegral(b, z),
      spill: spill[level]!,
      reclaimedBelow: sigma * reclaimIntegral(b, z),
    }
  })
}

/** Erlang B at each of the ascending levels, by the recursion 1/B(k) = 1 + (k/c)/B(k−1) in one pass; 0 once B < 1e-17. */
function erlangB(warmLevels: readonly number[], c: number): number[] {
  const blocked: number[] = []
  let inverse = 1
  let k = 0
  for (const level of warmLevels) {
    if (level === 0) blocked.push(1)
    else if (c <= 0) blocked.push(0)
    else {
      while (k < level && inverse <= 1 / NEGLIGIBLE) inverse = 1 + (++k / c) * inverse
      blocked.push(inverse > 1 / NEGLIGIBLE ? 0 : 1 / inverse)
    }
  }
  return blocked
}
