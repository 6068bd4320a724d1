// The month's showback statement (GET /api/teams/showback, showback.csv and the Teams page): the period's cost
// items (team-cost-items-sql.ts) placed by the stored team rules, against the month before.
import 'server-only'
import { addMonthsTo, eachMonth, firstDayOf, type IsoMonth, lastDayOf, monthOf } from '@/lib/domain/calendar'
import { toAmountString } from '@/lib/domain/money'
import { buildShowback, describeMethod, type ShowbackItem, type ShowbackLine } from '@/lib/domain/teams/showback'
import type { ShowbackResponse } from '@/lib/schemas/teams'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { readTeamSettings, sharedPoolsOf, teamRulesOf } from '@/lib/server/stored/team-settings'
import { defaultOverviewMonth, getDataBounds } from './get-overview'
import { type CostItemRow, teamCostItemsSql } from './team-cost-items-sql'

export async function teamCostItems(
  db: Db,
  range: { from: string; to: string },
  options: { byDay?: boolean } = {},
): Promise<(ShowbackItem & { day: string | null })[]> {
  const sql = teamCostItemsSql(range, options)
  const rows = await db.$queryRawUnsafe<CostItemRow[]>(sql.text, ...sql.values)
  return rows.map((row) => ({
    kind: row.kind,
    day: row.day,
    accountId: row.account_id,
    service: row.service,
    functionName: row.function_name,
    region: row.region,
    tags: row.tags ?? {},
    amountUsd: row.cost,
  }))
}

async function resolveShowbackMonth(
  db: Db,
  month: IsoMonth | undefined,
): Promise<{ month: IsoMonth; availableMonths: IsoMonth[] }> {
  const bounds = await getDataBounds(db)
  const availableMonths = bounds ? eachMonth(monthOf(bounds.first), monthOf(bounds.through)) : []
  if (month) return { month, availableMonths }
  return {
    month: bounds ? defaultOverviewMonth(bounds.first, bounds.through) : monthOf(clock.today()),
    availableMonths,
  }
}

export async function getShowback(db: Db, query: { month?: IsoMonth }): Promise<ShowbackResponse> {
  const { month, availableMonths } = await resolveShowbackMonth(db, query.month)
  const previousMonth = addMonthsTo(month, -1)
  const [settings, current, previous] = await Promise.all([
    readTeamSettings(db),
    teamCostItems(db, { from: firstDayOf(month), to: lastDayOf(month) }),
    teamCostItems(db, { from: firstDayOf(previousMonth), to: lastDayOf(previousMonth) }),
  ])
  const rules = teamRulesOf(settings)
  const pools = sharedPoolsOf(settings)
  const showback = buildShowback({ current, previous, rules, pools })
  const line = (entry: ShowbackLine) => ({
    team: entry.team,
    directUsd: toAmountString(entry.directUsd),
    sharedUsd: toAmountString(entry.sharedUsd),
    totalUsd: toAmountString(entry.totalUsd),
    previousTotalUsd: toAmountString(entry.previousTotalUsd),
    changeUsd: toAmountString(entry.changeUsd),
    topFunctions: entry.topFunctions.map((fn) => ({ ...fn, costUsd: toAmountString(fn.costUsd) })),
  })
  return {
    month,
    from: firstDayOf(month),
    to: lastDayOf(month),
    previousMonth,
    availableMonths,
    totalUsd: toAmountString(showback.totalUsd),
    teams: showback.teams.map(line),
    unallocated: {
      ...line(showback.unallocated),
      lambdaNotInFunctionsUsd: toAmountString(showback.unallocated.lambdaNotInFunctionsUsd),
    },
    pools: showback.pools.map((pool) => ({
      name: pool.name,
      method: pool.split.method,
      amountUsd: toAmountString(pool.amountUsd),
      shares: [...pool.shares].map(([team, usd]) => ({ team, usd: toAmountString(usd) })),
    })),
    coverage: showback.coverage === null ? null : showback.coverage.toFixed(6),
    method: describeMethod(rules, pools),
  }
}
