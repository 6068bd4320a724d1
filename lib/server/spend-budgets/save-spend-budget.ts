// Sets, changes and removes spend budgets (spend_budget: one per scope, in USD or won). A write answers with the
// budget judged against the latest month, as GET /api/budgets/spend shows it.
import 'server-only'
import type { SpendBudgetBody, SpendBudgetDto } from '@/lib/schemas/spend-budgets'
import type { Db } from '@/lib/server/db/prisma'
import { AppError, notFound } from '@/lib/server/http/app-error'
import { getSpendBudgets } from '@/lib/server/queries/get-spend-budgets'
import { recordSpendBudgetAlerts } from './record-budget-alerts'

function stored(body: SpendBudgetBody) {
  const key = body.scope.kind === 'total' ? '' : body.scope.key
  const [currency, amount] = body.monthlyKrw !== undefined ? ['KRW', body.monthlyKrw] : ['USD', body.monthlyUsd!]
  return { kind: body.scope.kind, key, currency, amount }
}

const scopeTaken = (body: SpendBudgetBody) =>
  new AppError(
    'conflict',
    `There is already a spend budget for ${body.scope.kind === 'total' ? 'the total' : `${body.scope.kind} ${body.scope.key}`}; change it with PUT /api/budgets/spend/{id}.`,
  )

/** The budget judged against the latest month; the alerts its new amount reaches are recorded on the way. */
async function judged(db: Db, id: number): Promise<SpendBudgetDto> {
  const budgets = await getSpendBudgets(db, {})
  await recordSpendBudgetAlerts(db, budgets)
  return budgets.budgets.find((budget) => budget.id === id)!
}

export async function createSpendBudget(db: Db, body: SpendBudgetBody): Promise<SpendBudgetDto> {
  const budget = stored(body)
  // ON CONFLICT: two finance users setting the same scope at once get one budget and one 409, never a 500.
  const [row] = await db.$queryRawUnsafe<{ id: number }[]>(
    `INSERT INTO spend_budget (scope_kind, scope_key, currency, amount) VALUES ($1, $2, $3, $4::numeric)
     ON CONFLICT (scope_kind, scope_key) DO NOTHING RETURNING id`,
    budget.kind,
    budget.key,
    budget.currency,
    budget.amount,
  )
  if (!row) throw scopeTaken(body)
  return judged(db, row.id)
}

export async function updateSpendBudget(db: Db, id: number, body: SpendBudgetBody): Promise<SpendBudgetDto> {
  const budget = stored(body)
  const [row] = await db.$queryRawUnsafe<{ id: number }[]>(
    `UPDATE spend_budget SET scope_kind = $2, scope_key = $3, currency = $4, amount = $5::numeric, updated_at = now()
     WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM spend_budget other WHERE other.scope_kind = $2 AND other.scope_key = $3 AND other.id <> $1)
     RETURNING id`,
    id,
    budget.kind,
    budget.key,
    budget.currency,
    budget.amount,
  )
  if (!row) {
    const exists = await db.$queryRawUnsafe<unknown[]>('SELECT 1 FROM spend_budget WHERE id = $1', id)
    throw exists.length ? scopeTaken(body) : notFound(`Spend budget ${id}`)
  }
  return judged(db, id)
}

export async function deleteSpendBudget(db: Db, id: number): Promise<void> {
  const count = await db.$executeRawUnsafe('DELETE FROM spend_budget WHERE id = $1', id)
  if (count === 0) throw notFound(`Spend budget ${id}`)
}
