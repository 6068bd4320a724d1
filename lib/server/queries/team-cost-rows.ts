// The Costs breakdown by team (GET /api/costs?groupBy=team, costs.csv): the period's cost items
// (team-cost-items-sql.ts, the same as the showback's and adding up to the total of the counted cost lines) placed
// by the stored team rules, each period (a day, or a month within the range) allocated on its own.
import 'server-only'
import { firstDayOf, type IsoDay, monthOf } from '@/lib/domain/calendar'
import type { Granularity } from '@/lib/domain/costs/dimensions'
import type { CostRow } from '@/lib/domain/costs/shape-cost-breakdown'
import { toAmountString } from '@/lib/domain/money'
import { allocatePeriods } from '@/lib/domain/teams/allocate-periods'
import type { Db } from '@/lib/server/db/prisma'
import { readTeamSettings, sharedPoolsOf, teamRulesOf } from '@/lib/server/stored/team-settings'
import { teamCostItems } from './get-showback'

export async function teamCostRows(
  db: Db,
  range: { from: IsoDay; to: IsoDay },
  granularity: Granularity,
): Promise<CostRow[]> {
  const [settings, items] = await Promise.all([readTeamSettings(db), teamCostItems(db, range, { byDay: true })])
  const periodStart = (day: IsoDay): IsoDay => {
    if (granularity === 'daily') return day
    const month = firstDayOf(monthOf(day))
    return month < range.from ? range.from : month
  }
  const rows = allocatePeriods(
    items.map((item) => ({ ...item, periodStart: periodStart(item.day as IsoDay) })),
    teamRulesOf(settings),
    sharedPoolsOf(settings),
  )
  return rows.map((row) => ({ periodStart: row.periodStart, values: [row.team], cost: toAmountString(row.amountUsd) }))
}
