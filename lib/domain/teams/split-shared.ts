// Shared costs (support, a NAT gateway, a shared account) belong to every team a little. The admin picks how a
// pool is split, as AWS cost categories and Harness do: evenly, in proportion to each team's direct cost, or by
// fixed percentages. The shares add up to the pool exactly: the pool is cut in units of its own last decimal
// and the units left over by rounding go to the largest remainders (ties: the team first by name), so no cent
// appears or disappears between the statement and the invoice.
import { Decimal, type DecimalInput, toDecimal, ZERO } from '../money'
import { TeamRulesError, UNALLOCATED } from './team-rules'

export type SharedSplit =
  | { method: 'even' }
  | { method: 'proportional' }
  /** Percentages as decimal strings, adding up to exactly 100. */
  | { method: 'fixed'; percentages: Readonly<Record<string, string>> }

export function validateSharedSplit(split: SharedSplit): SharedSplit {
  if (split.method !== 'fixed') return split
  const entries = Object.entries(split.percentages)
  if (entries.length === 0) throw new TeamRulesError('a fixed split needs at least one team')
  for (const [team, percentage] of entries) {
    if (team === UNALLOCATED) throw new TeamRulesError(`a fixed split cannot give a share to "${UNALLOCATED}"`)
    if (!/^\d{1,3}(\.\d{1,4})?$/.test(percentage) || new Decimal(percentage).greaterThan(100)) {
      throw new TeamRulesError(`${team}: "${percentage}" is not a percentage between 0 and 100`)
    }
  }
  const total = entries.reduce((sum, [, percentage]) => sum.plus(percentage), ZERO)
  if (!total.equals(100)) throw new TeamRulesError(`the fixed percentages add up to ${total.toFixed()}%, not 100%`)
  return split
}

/**
 * Splits `amount` over the teams with direct cost (the unallocated bucket takes no share of a team's overhead).
 * Proportional with no direct cost anywhere falls back to even; with no team at all the pool stays unallocated.
 */
export function splitShared(
  amount: DecimalInput,
  directByTeam: ReadonlyMap<string, Decimal>,
  split: SharedSplit,
): Map<string, Decimal> {
  const pool = toDecimal(amount)
  const weights = weightsFor(directByTeam, split)
  if (weights.size === 0) return new Map([[UNALLOCATED, pool]])
  return largestRemainder(pool, weights)
}

function weightsFor(directByTeam: ReadonlyMap<string, Decimal>, split: SharedSplit): Map<string, Decimal> {
  if (split.method === 'fixed')
    return new Map(Object.entries(split.percentages).map(([team, percentage]) => [team, new Decimal(percentage)]))
  const teams = [...directByTeam.keys()].filter((team) => team !== UNALLOCATED)
  if (split.method === 'proportional') {
    // A team's credits exceeding its charges gives it no negative share of the overhead.
    const positive = teams.map((team) => [team, Decimal.max(ZERO, directByTeam.get(team)!)] as const)
    if (positive.some(([, weight]) => weight.greaterThan(0)))
      return new Map(positive.filter(([, weight]) => weight.greaterThan(0)))
  }
  return new Map(teams.map((team) => [team, new Decimal(1)]))
}

function largestRemainder(pool: Decimal, weights: ReadonlyMap<string, Decimal>): Map<string, Decimal> {
  const places = Math.max(2, pool.decimalPlaces())
  const unit = new Decimal(1).dividedBy(new Decimal(10).pow(places))
  const units = pool.abs().dividedBy(unit) // a whole number: the pool has `places` decimals at most
  const totalWeight = [...weights.values()].reduce((sum, weight) => sum.plus(weight), ZERO)
  const teams = [...weights.keys()].sort()
  const exact = teams.map((team) => units.times(weights.get(team)!).dividedBy(totalWeight))
  const floors = exact.map((share) => share.floor())
  let left = units.minus(floors.reduce((sum, share) => sum.plus(share), ZERO)).toNumber()
  const byRemainder = teams
    .map((_, index) => index)
    .sort((a, b) => exact[b]!.minus(floors[b]!).comparedTo(exact[a]!.minus(floors[a]!)) || a - b)
  for (const index of byRemainder) {
    if (left <= 0) break
    floors[index] = floors[index]!.plus(1)
    left--
  }
  const sign = pool.isNegative() ? -1 : 1
  return new Map(teams.map((team, index) => [team, floors[index]!.times(unit).times(sign)]))
}
