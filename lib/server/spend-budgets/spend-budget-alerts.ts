// Recorded spend budget alerts as a webhook payload gives them (lib/domain/alerts/budget-payloads.ts).
import 'server-only'
import type { PayloadBudgetAlert } from '@/lib/domain/alerts/budget-payloads'
import { toAmountString } from '@/lib/domain/money'
import type { Db } from '@/lib/server/db/prisma'

type Row = {
  id: number
  event: PayloadBudgetAlert['event']
  month: string
  kind: PayloadBudgetAlert['scope']['kind']
  key: string
  budget_usd: string
  actual_usd: string
  forecast_usd: string
  drivers: { label: string; usd: string }[]
}

export async function spendBudgetAlertsByIds(
  db: Pick<Db, '$queryRawUnsafe'>,
  ids: readonly number[],
): Promise<PayloadBudgetAlert[]> {
  if (ids.length === 0) return []
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT a.id, a.event, to_char(a.month, 'YYYY-MM') AS month, b.scope_kind AS kind, b.scope_key AS key,
            a.budget_usd::text, a.actual_usd::text, a.forecast_usd::text, a.drivers
     FROM spend_budget_alert a JOIN spend_budget b ON b.id = a.budget_id WHERE a.id = ANY($1::int4[])`,
    [...new Set(ids)],
  )
  return rows.map((row) => ({
    id: row.id,
    event: row.event,
    month: row.month,
    scope: { kind: row.kind, key: row.kind === 'total' ? 'total' : row.key },
    budgetUsd: toAmountString(row.budget_usd),
    actualUsd: toAmountString(row.actual_usd),
    forecastUsd: toAmountString(row.forecast_usd),
    drivers: row.drivers.map((driver) => ({ label: driver.label, usd: toAmountString(driver.usd) })),
  }))
}
