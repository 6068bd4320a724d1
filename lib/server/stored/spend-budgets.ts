// Spend budgets as stored (spend_budget): one per scope, the amount in the currency it was set in.
import 'server-only'
import type { BudgetAmount } from '@/lib/domain/budgets/spend-budget'
import type { SpendBudgetScopeKind } from '@/lib/schemas/spend-budgets'
import type { Db } from '@/lib/server/db/prisma'

export type StoredSpendBudget = { id: number; scope: { kind: SpendBudgetScopeKind; key: string }; amount: BudgetAmount }

type Row = { id: number; scope_kind: SpendBudgetScopeKind; scope_key: string; currency: 'USD' | 'KRW'; amount: string }

const KIND_ORDER = `array_position(ARRAY['total', 'team', 'account', 'service'], scope_kind)`

/** Every spend budget: the total first, then teams, accounts and services, each by key. */
export async function listSpendBudgets(db: Pick<Db, '$queryRawUnsafe'>): Promise<StoredSpendBudget[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT id, scope_kind, scope_key, currency, amount::text AS amount FROM spend_budget ORDER BY ${KIND_ORDER}, scope_key, id`,
  )
  return rows.map((row) => ({
    id: row.id,
    scope: { kind: row.scope_kind, key: row.scope_kind === 'total' ? 'total' : row.scope_key },
    // numeric(24,6) writes "1000.000000": the amount as finance typed it.
    amount: { currency: row.currency, amount: row.amount.replace(/\.?0+$/, '') },
  }))
}
