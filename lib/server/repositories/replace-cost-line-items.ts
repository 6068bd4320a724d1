// Cost lines of a window as one source now reports them: upsert what arrived, then delete what that source
// reported before for the same accounts and days but no longer does (Cost Explorer drops groups on restatement).
import 'server-only'
import type { SqlExecutor } from './bulk-write'
import { type CostLineItemRow, upsertCostLineItems } from './write-cost-line-items'

export type CostWindowScope = { source: string; accountIds: string[]; from: string; to: string; runId: string }

export async function replaceCostLineItems(
  db: SqlExecutor,
  scope: CostWindowScope,
  rows: CostLineItemRow[],
): Promise<{ written: number; removed: number }> {
  const outside = rows.find(
    (row) =>
      row.runId !== scope.runId ||
      row.source !== scope.source ||
      row.day < scope.from ||
      row.day > scope.to ||
      !scope.accountIds.includes(row.accountId),
  )
  if (outside)
    throw new RangeError(
      `Cost line ${outside.day} ${outside.accountId} ${outside.usageType} lies outside the window it replaces`,
    )
  const written = await upsertCostLineItems(db, rows)
  const removed = await db.$executeRawUnsafe(
    `DELETE FROM cost_line_item WHERE source = $1 AND account_id = ANY($2::text[]) AND day BETWEEN $3::date AND $4::date AND run_id IS DISTINCT FROM $5::uuid`,
    scope.source,
    scope.accountIds,
    scope.from,
    scope.to,
    scope.runId,
  )
  return { written, removed }
}
