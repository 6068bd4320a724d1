import 'server-only'
import { type Column, type SqlExecutor, bulkInsert, upsertOn } from './bulk-write'

export type KeepWarmBudgetRow = {
  functionId: number
  intervalMinutes: number
  concurrency: number
  pingDurationMs: number
  memoryMb: number | null
  source: string
  note: string | null
}

const columns: Column<KeepWarmBudgetRow>[] = [
  { name: 'function_id', type: 'int4', value: (r) => r.functionId },
  { name: 'interval_minutes', type: 'int4', value: (r) => r.intervalMinutes },
  { name: 'concurrency', type: 'int4', value: (r) => r.concurrency },
  { name: 'ping_duration_ms', type: 'int4', value: (r) => r.pingDurationMs },
  { name: 'memory_mb', type: 'int4', value: (r) => r.memoryMb },
  { name: 'source', type: 'text', value: (r) => r.source },
  { name: 'note', type: 'text', value: (r) => r.note },
]

export function upsertKeepWarmBudgets(db: SqlExecutor, rows: KeepWarmBudgetRow[]) {
  return bulkInsert(db, 'keep_warm_budget', columns, rows, upsertOn(['function_id'], columns, ['"updated_at" = now()']))
}
