import 'server-only'
import type { CostLineFields } from '@/lib/domain/costs/cost-line'
import { type Column, type SqlExecutor, bulkInsert, upsertOn } from './bulk-write'

export type CostLineItemRow = CostLineFields & {
  currency?: string
  estimated: boolean
  source: string
  runId?: string | null
}

/** The columns of a cost line's natural key and amounts, shared with the cost file import's staging table. */
export const costLineColumns: Column<CostLineFields>[] = [
  { name: 'day', type: 'date', value: (r) => r.day },
  { name: 'account_id', type: 'text', value: (r) => r.accountId },
  { name: 'service', type: 'text', value: (r) => r.service },
  { name: 'usage_type', type: 'text', value: (r) => r.usageType },
  { name: 'region', type: 'text', value: (r) => r.region },
  { name: 'record_type', type: 'text', value: (r) => r.recordType },
  { name: 'unblended_cost', type: 'numeric', value: (r) => r.unblendedCost },
  { name: 'amortized_cost', type: 'numeric', value: (r) => r.amortizedCost },
  { name: 'usage_quantity', type: 'numeric', value: (r) => r.usageQuantity },
  { name: 'usage_unit', type: 'text', value: (r) => r.usageUnit },
]

const columns: Column<CostLineItemRow>[] = [
  ...costLineColumns,
  { name: 'currency', type: 'text', value: (r) => r.currency ?? 'USD' },
  { name: 'estimated', type: 'bool', value: (r) => r.estimated },
  { name: 'source', type: 'text', value: (r) => r.source },
  { name: 'run_id', type: 'uuid', value: (r) => r.runId ?? null },
]

// Each source keeps its own lines: the same key from another source is another line.
const NATURAL_KEY = ['day', 'account_id', 'service', 'usage_type', 'region', 'record_type', 'source']

export function upsertCostLineItems(db: SqlExecutor, rows: CostLineItemRow[]) {
  return bulkInsert(db, 'cost_line_item', columns, rows, upsertOn(NATURAL_KEY, columns, ['"updated_at" = now()']))
}
