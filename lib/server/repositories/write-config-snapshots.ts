import 'server-only'
import type { FunctionConfig } from '@/lib/domain/functions/function-config'
import { type SqlExecutor, bulkInsert } from './bulk-write'

export type ConfigSnapshotRow = FunctionConfig & { functionId: number; validFrom: Date; configHash: string }

/**
 * Stores a snapshot only when it differs from the function's configuration in force at `validFrom`, so the
 * table holds the configuration *changes* that the timeline marks. Re-running with the same data adds nothing.
 */
export async function insertChangedConfigSnapshots(db: SqlExecutor, rows: ConfigSnapshotRow[]): Promise<number> {
  const ordered = [...rows].sort((a, b) => a.functionId - b.functionId || a.validFrom.getTime() - b.validFrom.getTime())
  let inserted = 0
  // Chronological batches per position keep "compare with the previous snapshot" correct within one call.
  const byFunction = new Map<number, ConfigSnapshotRow[]>()
  for (const row of ordered) byFunction.set(row.functionId, [...(byFunction.get(row.functionId) ?? []), row])
  const depth = Math.max(0, ...[...byFunction.values()].map((list) => list.length))
  for (let position = 0; position < depth; position++) {
    const layer = [...byFunction.values()]
      .map((list) => list[position])
      .filter((row): row is ConfigSnapshotRow => row !== undefined)
    inserted += await bulkInsert(
      db,
      'function_config_snapshot',
      columns,
      layer,
      'ON CONFLICT (function_id, valid_from) DO NOTHING',
      CHANGED,
    )
  }
  return inserted
}

const CHANGED = `n.config_hash IS DISTINCT FROM (
  SELECT s.config_hash FROM function_config_snapshot s
  WHERE s.function_id = n.function_id AND s.valid_from <= n.valid_from
  ORDER BY s.valid_from DESC LIMIT 1)`

const columns = [
  { name: 'function_id', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.functionId },
  { name: 'valid_from', type: 'timestamptz' as const, value: (r: ConfigSnapshotRow) => r.validFrom },
  { name: 'memory_mb', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.memoryMb },
  { name: 'architecture', type: 'text' as const, value: (r: ConfigSnapshotRow) => r.architecture },
  { name: 'timeout_seconds', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.timeoutSeconds },
  { name: 'runtime', type: 'text' as const, value: (r: ConfigSnapshotRow) => r.runtime },
  { name: 'package_type', type: 'text' as const, value: (r: ConfigSnapshotRow) => r.packageType },
  { name: 'ephemeral_storage_mb', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.ephemeralStorageMb },
  { name: 'max_retry_attempts', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.maxRetryAttempts },
  { name: 'max_event_age_seconds', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.maxEventAgeSeconds },
  { name: 'provisioned_concurrency', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.provisionedConcurrency },
  { name: 'reserved_concurrency', type: 'int4' as const, value: (r: ConfigSnapshotRow) => r.reservedConcurrency },
  { name: 'has_failure_destination', type: 'bool' as const, value: (r: ConfigSnapshotRow) => r.hasFailureDestination },
  { name: 'config_hash', type: 'text' as const, value: (r: ConfigSnapshotRow) => r.configHash },
]
