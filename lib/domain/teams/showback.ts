// A month's showback statement per team: direct cost, its share of each shared pool, the total, last month's
// total and the change, and the functions that cost the team most; the unallocated bucket is a line of its own,
// with how much of it is the Lambda bill's difference from the per-function estimates. The teams' totals plus
// unallocated are the month's total exactly (allocate-costs.ts), and so is the previous month's.
import { type Decimal, sum, ZERO } from '../money'
import { type Allocation, allocateCosts, type CostItem, type SharedPool } from './allocate-costs'
import type { SharedSplit } from './split-shared'
import { assignTeam, matches, type TeamRules, UNALLOCATED } from './team-rules'

/** A cost item and what it is: a line of another service, a function's estimate, or the Lambda bill minus the estimates. */
export type ShowbackItem = CostItem & { kind: 'line' | 'function' | 'lambda_not_in_functions'; region: string | null }

export type TopFunction = { name: string; accountId: string; region: string; costUsd: Decimal }

export type ShowbackLine = {
  team: string
  directUsd: Decimal
  sharedUsd: Decimal
  totalUsd: Decimal
  previousTotalUsd: Decimal
  changeUsd: Decimal
  topFunctions: TopFunction[]
}

export type Showback = {
  teams: ShowbackLine[]
  unallocated: ShowbackLine & { lambdaNotInFunctionsUsd: Decimal }
  pools: Allocation['pools']
  totalUsd: Decimal
  previousTotalUsd: Decimal
  coverage: Decimal | null
}

export const TOP_FUNCTIONS = 5

export function buildShowback(input: {
  current: readonly ShowbackItem[]
  previous: readonly ShowbackItem[]
  rules: TeamRules
  pools: readonly SharedPool[]
}): Showback {
  const current = allocateCosts(input.current, input.rules, input.pools)
  const previous = allocateCosts(input.previous, input.rules, input.pools)
  const previousTotal = (team: string) =>
    (team === UNALLOCATED ? previous.unallocated : previous.teams.find((line) => line.team === team))?.totalUsd ?? ZERO
  const placed = placeItems(input.current, input.rules, input.pools)
  const line = (total: Allocation['unallocated']): ShowbackLine => ({
    ...total,
    previousTotalUsd: previousTotal(total.team),
    changeUsd: total.totalUsd.minus(previousTotal(total.team)),
    topFunctions: topFunctions(placed.filter((item) => item.team === total.team).map((item) => item.item)),
  })
  const zero = (team: string) => ({ team, directUsd: ZERO, sharedUsd: ZERO, totalUsd: ZERO })
  // A team that cost nothing this month but something last month is still on the statement (its change is the news).
  const gone = previous.teams
    .filter((team) => !current.teams.some((line) => line.team === team.team))
    .map((team) => zero(team.team))
  return {
    teams: [...current.teams, ...gone].map(line),
    unallocated: {
      ...line(current.unallocated),
      lambdaNotInFunctionsUsd: sum(
        placed
          .filter((item) => item.team === UNALLOCATED && item.item.kind === 'lambda_not_in_functions')
          .map((item) => item.item.amountUsd),
      ),
    },
    pools: current.pools,
    totalUsd: current.totalUsd,
    previousTotalUsd: previous.totalUsd,
    coverage: current.coverage,
  }
}

/** Each item outside the shared pools with the team it went to (pooled items are every team's a little). */
function placeItems(items: readonly ShowbackItem[], rules: TeamRules, pools: readonly SharedPool[]) {
  return items
    .filter((item) => !pools.some((pool) => matches(pool.match, item)))
    .map((item) => ({ item, team: assignTeam(item, rules).team }))
}

function topFunctions(items: readonly ShowbackItem[]): TopFunction[] {
  const byFunction = new Map<string, TopFunction>()
  for (const item of items) {
    if (item.kind !== 'function' || item.functionName === null) continue
    const key = `${item.accountId}/${item.region}/${item.functionName}`
    const entry = byFunction.get(key) ?? {
      name: item.functionName,
      accountId: item.accountId,
      region: item.region ?? '',
      costUsd: ZERO,
    }
    byFunction.set(key, { ...entry, costUsd: entry.costUsd.plus(item.amountUsd) })
  }
  return [...byFunction.values()]
    .sort((a, b) => b.costUsd.comparedTo(a.costUsd) || (a.name < b.name ? -1 : 1))
    .slice(0, TOP_FUNCTIONS)
}

/** The method in words, as the statement shows it beside the figures. */
export function describeMethod(rules: TeamRules, pools: readonly { name: string; split: SharedSplit }[]): string {
  const placing = [
    rules.rules.length > 0 ? `the first of ${rules.rules.length} rule(s) that matches` : null,
    rules.defaultFromTag !== null ? `else the value of its “${rules.defaultFromTag}” tag` : null,
  ].filter(Boolean)
  const splits = pools.map(
    (pool) =>
      `${pool.name} is split ${pool.split.method === 'fixed' ? 'by fixed percentages' : pool.split.method === 'even' ? 'evenly' : 'in proportion to direct cost'}`,
  )
  return [
    placing.length > 0
      ? `Each cost goes to ${placing.join(', ')}; what nothing claims is unallocated.`
      : 'No team rules yet: every cost is unallocated.',
    'Lambda is placed per function (its estimated cost, with the tags in force on each day); the Lambda bill’s difference from the estimates (free tier, credits) stays with its account.',
    ...splits.map((split) => `${split}, to the cent by largest remainder.`),
  ].join(' ')
}
