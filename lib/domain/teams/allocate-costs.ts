// A month's costs by team: each cost goes to a shared pool (split over the teams by the pool's method) or to the
// team the rules give it, or stays unallocated. The teams' totals plus unallocated are the month's total exactly,
// and the coverage says how much of the cost that is not shared the rules could place.
import { Decimal, sum, toDecimal, ZERO } from '../money'
import { type SharedSplit, splitShared } from './split-shared'
import { type Allocatable, assignTeam, matches, type TeamMatch, type TeamRules, UNALLOCATED } from './team-rules'

export type CostItem = Allocatable & { amountUsd: string }

export type SharedPool = { name: string; match: TeamMatch; split: SharedSplit }

export type TeamTotal = { team: string; directUsd: Decimal; sharedUsd: Decimal; totalUsd: Decimal }

export type PoolSplit = { name: string; split: SharedSplit; amountUsd: Decimal; shares: ReadonlyMap<string, Decimal> }

export type Allocation = {
  /** Teams by total, largest first (then by name); unallocated is not among them. */
  teams: TeamTotal[]
  unallocated: TeamTotal
  pools: PoolSplit[]
  totalUsd: Decimal
  /** Share (0-1) of the cost outside the pools that a rule or the default tag placed; null with no such cost. */
  coverage: Decimal | null
}

export function allocateCosts(
  items: readonly CostItem[],
  rules: TeamRules,
  pools: readonly SharedPool[] = [],
): Allocation {
  const direct = new Map<string, Decimal>()
  const pooled = pools.map(() => [] as string[])
  for (const item of items) {
    const pool = pools.findIndex((candidate) => matches(candidate.match, item))
    if (pool >= 0) {
      pooled[pool]!.push(item.amountUsd)
      continue
    }
    const { team } = assignTeam(item, rules)
    direct.set(team, (direct.get(team) ?? ZERO).plus(toDecimal(item.amountUsd)))
  }

  const shared = new Map<string, Decimal>()
  const splits = pools.map((pool, index) => {
    const amountUsd = sum(pooled[index]!)
    const shares = splitShared(amountUsd, direct, pool.split)
    for (const [team, share] of shares) shared.set(team, (shared.get(team) ?? ZERO).plus(share))
    return { name: pool.name, split: pool.split, amountUsd, shares }
  })

  const totalOf = (team: string): TeamTotal => {
    const directUsd = direct.get(team) ?? ZERO
    const sharedUsd = shared.get(team) ?? ZERO
    return { team, directUsd, sharedUsd, totalUsd: directUsd.plus(sharedUsd) }
  }
  const teams = [...new Set([...direct.keys(), ...shared.keys()])]
    .filter((team) => team !== UNALLOCATED)
    .map(totalOf)
    .sort((a, b) => b.totalUsd.comparedTo(a.totalUsd) || (a.team < b.team ? -1 : 1))
  const outsidePools = sum(direct.values())
  const placed = outsidePools.minus(direct.get(UNALLOCATED) ?? ZERO)
  return {
    teams,
    unallocated: totalOf(UNALLOCATED),
    pools: splits,
    totalUsd: sum(items.map((item) => item.amountUsd)),
    coverage: outsidePools.isZero() ? null : placed.dividedBy(outsidePools),
  }
}
