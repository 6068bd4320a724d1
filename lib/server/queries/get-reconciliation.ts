// Reconciliation per month and account: billed Lambda from the stored Cost Explorer (or imported) lines
// against the stored per-function estimates, explained by lib/domain/reconciliation.
import 'server-only'
import { type IsoMonth, addMonthsTo, firstDayOf, lastDayOf } from '@/lib/domain/calendar'
import { LAMBDA_SERVICE } from '@/lib/domain/aggregation/summarize-overview'
import { type BilledLambdaLine, reconcileLambdaMonth } from '@/lib/domain/reconciliation/reconcile-lambda-month'
import { toAmountString } from '@/lib/domain/money'
import type { Db } from '@/lib/server/db/prisma'
import { countedCostLines } from './counted-cost-lines'
import type { ReconciliationResponse } from '@/lib/schemas/reconciliation'

export async function getReconciliation(
  db: Db,
  params: { from?: IsoMonth; to?: IsoMonth },
): Promise<ReconciliationResponse> {
  const [bounds] = await db.$queryRaw<{ last: string | null }[]>`
    SELECT to_char(max(day), 'YYYY-MM') AS last FROM cost_line_item WHERE service = ${LAMBDA_SERVICE}`
  const to = params.to ?? bounds?.last ?? null
  if (!to) return { from: params.from ?? null, to: null, rows: [] }
  const from = params.from ?? addMonthsTo(to, -12)
  const start = firstDayOf(from)
  const end = lastDayOf(to)
  const lines = await db.$queryRaw<
    {
      account_id: string
      month: string
      day: string
      usage_type: string
      record_type: string
      usage_quantity: string
      unblended_cost: string
    }[]
  >`
    SELECT account_id, to_char(day, 'YYYY-MM') AS month, to_char(day, 'YYYY-MM-DD') AS day, usage_type, record_type, usage_quantity::text, unblended_cost::text
    FROM ${countedCostLines} cost_line_item WHERE service = ${LAMBDA_SERVICE} AND day BETWEEN ${start}::date AND ${end}::date`
  const estimates = await db.$queryRaw<{ account_id: string; month: string; cost: string; rows: number }[]>`
    SELECT f.account_id, to_char(c.day, 'YYYY-MM') AS month, sum(c.cost_usd)::text AS cost, count(*)::int AS rows
    FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id
    WHERE c.day BETWEEN ${start}::date AND ${end}::date GROUP BY 1, 2`
  const accounts = new Map(
    (await db.awsAccount.findMany({ select: { id: true, name: true } })).map((a) => [a.id, a.name]),
  )

  const keys = new Map<
    string,
    { accountId: string; month: string; lines: BilledLambdaLine[]; estimate: { costUsd: string; rows: number } }
  >()
  const entry = (accountId: string, month: string) => {
    const key = `${month}|${accountId}`
    const found = keys.get(key) ?? { accountId, month, lines: [], estimate: { costUsd: '0', rows: 0 } }
    keys.set(key, found)
    return found
  }
  for (const line of lines) {
    entry(line.account_id, line.month).lines.push({
      day: line.day,
      usageType: line.usage_type,
      recordType: line.record_type,
      usageQuantity: line.usage_quantity,
      unblendedCost: line.unblended_cost,
    })
  }
  for (const estimate of estimates)
    entry(estimate.account_id, estimate.month).estimate = { costUsd: estimate.cost, rows: estimate.rows }

  const rows = [...keys.values()]
    .sort((a, b) => b.month.localeCompare(a.month) || a.accountId.localeCompare(b.accountId))
    .map((item) => {
      const result = reconcileLambdaMonth({ month: item.month, lines: item.lines, estimate: item.estimate })
      return {
        month: item.month,
        accountId: item.accountId,
        accountName: accounts.get(item.accountId) ?? item.accountId,
        billedUsd: toAmountString(result.billed),
        estimatedUsd: toAmountString(result.estimated),
        differenceUsd: toAmountString(result.difference),
        explanations: result.explanations.map((e) => ({ kind: e.kind, usd: toAmountString(e.usd), detail: e.detail })),
        unexplainedUsd: toAmountString(result.unexplained),
        notes: result.notes,
      }
    })
  return { from, to, rows }
}
