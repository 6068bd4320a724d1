// What a listing of functions implies beyond the functions themselves: those no longer listed were deleted
// (their history stays), and the first configuration seen is taken to hold since the earliest data ingested.
import 'server-only'
import type { SqlExecutor } from './bulk-write'

/** Marks the account's functions in the region that the listing no longer contains. */
export function markUnlistedFunctionsDeleted(
  db: SqlExecutor,
  scope: { accountId: string; region: string; listedNames: string[]; at: Date },
): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE lambda_function SET deleted_at = $4 WHERE account_id = $1 AND region = $2 AND deleted_at IS NULL AND NOT (name = ANY($3::text[]))`,
    scope.accountId,
    scope.region,
    scope.listedNames,
    scope.at,
  )
}

/** Moves each function's earliest snapshot back to `from` when it starts later, so older metrics can be priced. */
export function extendFirstSnapshots(db: SqlExecutor, functionIds: number[], from: Date): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE function_config_snapshot s SET valid_from = $2
     FROM (SELECT DISTINCT ON (function_id) id FROM function_config_snapshot WHERE function_id = ANY($1::int4[]) ORDER BY function_id, valid_from) first
     WHERE s.id = first.id AND s.valid_from > $2`,
    functionIds,
    from,
  )
}
