// Records the spend budget alerts a month has reached (lib/domain/budgets/spend-budget.ts: the forecast first over
// the budget, actual at 80% and at 100%), each once per budget, month and event (spend_budget_alert's unique key),
// with the figures of the moment and the top drivers of the scope's cost so far. The alert rules that ask for spend
// budget alerts then send them (deliver-pending-alerts.ts), which computes nothing: a judgement needs every budget's
// forecast, so it is made when what it reads changes (after an ingestion run, a cost file import or the demo's
// load, and when a budget, the team rules or a month's rate is saved), not on every delivery run.
import 'server-only'
import { eventsToSend, judgeBudget, type BudgetEvent } from '@/lib/domain/budgets/spend-budget'
import { firstDayOf, type IsoDay, type IsoMonth } from '@/lib/domain/calendar'
import type { SpendBudgetDto, SpendBudgetsResponse } from '@/lib/schemas/spend-budgets'
import type { Db } from '@/lib/server/db/prisma'
import { COUNTED_COST_LINES } from '@/lib/server/queries/counted-cost-lines'
import { getShowback } from '@/lib/server/queries/get-showback'
import { getSpendBudgets } from '@/lib/server/queries/get-spend-budgets'

const TOP_DRIVERS = 3

export type Driver = { label: string; usd: string }

/**
 * The alerts reached in the month of the latest cost data and not recorded before; returns how many it recorded.
 * `judged` is that month's budgets when the caller has just read them (a budget's save), so they are not read twice.
 */
export async function recordSpendBudgetAlerts(db: Db, judged?: SpendBudgetsResponse): Promise<number> {
  if (!judged) {
    const [budgetCount] = await db.$queryRawUnsafe<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM spend_budget',
    )
    if (!budgetCount?.count) return 0
  }
  const { month, asOf, budgets } = judged ?? (await getSpendBudgets(db, {}))
  if (asOf === null) return 0
  const recorded = await db.$queryRawUnsafe<{ budget_id: number; event: BudgetEvent }[]>(
    `SELECT budget_id, event FROM spend_budget_alert WHERE month = $1::date`,
    firstDayOf(month),
  )
  let added = 0
  for (const budget of budgets) {
    if (budget.budgetUsd === null) continue
    const sent = new Set(recorded.filter((row) => row.budget_id === budget.id).map((row) => row.event))
    const events = eventsToSend(judgeBudget(budget.budgetUsd, budget.actual, budget.forecast), sent)
    if (events.length === 0) continue
    const drivers = await driversOf(db, budget.scope, month, asOf)
    for (const event of events) {
      added += await db.$executeRawUnsafe(
        `INSERT INTO spend_budget_alert (budget_id, month, event, budget_usd, actual_usd, forecast_usd, drivers)
         VALUES ($1, $2::date, $3, $4::numeric, $5::numeric, $6::numeric, $7::jsonb) ON CONFLICT (budget_id, month, event) DO NOTHING`,
        budget.id,
        firstDayOf(month),
        event,
        budget.budgetUsd,
        budget.actual,
        budget.forecast,
        JSON.stringify(drivers),
      )
    }
  }
  return added
}

// What the scope's cost so far is made of: a team's costliest functions (as its showback line lists them), the
// total's and an account's services, a service's accounts.
async function driversOf(db: Db, scope: SpendBudgetDto['scope'], month: IsoMonth, asOf: IsoDay): Promise<Driver[]> {
  if (scope.kind === 'team') {
    const showback = await getShowback(db, { month })
    const line = [...showback.teams, showback.unallocated].find((candidate) => candidate.team === scope.key)
    return (line?.topFunctions ?? []).slice(0, TOP_DRIVERS).map((fn) => ({ label: fn.name, usd: fn.costUsd }))
  }
  const [label, filter] =
    scope.kind === 'service'
      ? ['account_id', 'service = $3']
      : ['service', scope.kind === 'account' ? 'account_id = $3' : '$3::text IS NULL']
  return db.$queryRawUnsafe<Driver[]>(
    `SELECT ${label} AS label, sum(unblended_cost)::text AS usd FROM ${COUNTED_COST_LINES} cost_line_item
     WHERE day BETWEEN $1::date AND $2::date AND ${filter} GROUP BY 1 HAVING sum(unblended_cost) > 0 ORDER BY sum(unblended_cost) DESC, 1 LIMIT ${TOP_DRIVERS}`,
    firstDayOf(month),
    asOf,
    scope.kind === 'total' ? null : scope.key,
  )
}
