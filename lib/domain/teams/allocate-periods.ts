// Costs by team over periods (the Costs breakdown by team, costs.csv): each period's items allocated on their own,
// as the showback allocates a month, so a proportional split follows each period's direct costs. Every period
// lists the unallocated bucket, even at zero: it is always shown with its share.
import type { Decimal } from '../money'
import { allocateCosts, type CostItem, type SharedPool } from './allocate-costs'
import type { TeamRules } from './team-rules'

export type PeriodItem = CostItem & { periodStart: string }

export type TeamPeriodCost = { periodStart: string; team: string; amountUsd: Decimal }

export function allocatePeriods(
  items: readonly PeriodItem[],
  rules: TeamRules,
  pools: readonly SharedPool[] = [],
): TeamPeriodCost[] {
  const byPeriod = new Map<string, PeriodItem[]>()
  for (const item of items) {
    const list = byPeriod.get(item.periodStart)
    if (list) list.push(item)
    else byPeriod.set(item.periodStart, [item])
  }
  return [...byPeriod].flatMap(([periodStart, periodItems]) => {
    const allocation = allocateCosts(periodItems, rules, pools)
    return [...allocation.teams, allocation.unallocated].map((team) => ({
      periodStart,
      team: team.team,
      amountUsd: team.totalUsd,
    }))
  })
}
