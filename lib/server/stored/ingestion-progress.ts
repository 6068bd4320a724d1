// An ingestion run's progress record as stored in ingestion_run.progress: what a new run starts from, and what
// the run log fills in under a record written before a field existed.
import 'server-only'
import type { IngestionProgress } from '@/lib/schemas/ingestion'

export function emptyProgress(): IngestionProgress {
  return {
    phase: 'queued',
    incremental: false,
    windows: { costs: null, metrics: null },
    costs: { calls: 0, piecesDone: 0, pieces: 0, accounts: 0, rows: 0, removed: 0, monthsChecked: 0, unreconciled: [] },
    lambda: { calls: 0, regions: [], functions: 0, snapshots: 0, deleted: 0 },
    metrics: { calls: 0, metricsRequested: 0, piecesDone: 0, pieces: 0, functions: 0, dailyRows: 0, hourlyRows: 0 },
    servers: { calls: 0, regions: [], servers: 0, deleted: 0 },
    derived: { functionCostRows: 0 },
    retries: 0,
    dbWriteMs: 0,
    derivedMs: 0,
  }
}
