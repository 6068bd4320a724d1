// The inventory's writes: every server a listing saw, upserted on (account, region, kind, AWS id) with its state,
// tags and whether it can be scheduled; servers of a listed account and region that the listing no longer
// contains are marked deleted (their schedule history stays).
import 'server-only'
import type { ObservedServer } from '@/lib/domain/servers/observed-server'
import { schedulability } from '@/lib/domain/servers/schedulable'
import { type Column, type SqlExecutor, bulkInsert, upsertOn } from './bulk-write'

export type ServerRow = {
  accountId: string
  region: string
  kind: string
  resourceId: string
  type: string
  engine: string | null
  state: string
  tags: Record<string, string>
  launchedAt: Date | null
  replicaOf: string | null
  clusterId: string | null
  schedulable: boolean
  reason: string | null
  seenAt: Date
}

/** The row of a server as observed at `seenAt`, with whether a schedule may start and stop it. */
export function serverRow(server: ObservedServer, seenAt: Date): ServerRow {
  return {
    accountId: server.accountId,
    region: server.region,
    kind: server.kind,
    resourceId: server.id,
    type: server.type,
    engine: server.engine,
    state: server.state,
    tags: server.tags,
    launchedAt: server.launchedAt,
    replicaOf: server.replicaOf,
    clusterId: server.clusterId,
    ...schedulability(server),
    seenAt,
  }
}

const COLUMNS: Column<ServerRow>[] = [
  { name: 'account_id', type: 'text', value: (r) => r.accountId },
  { name: 'region', type: 'text', value: (r) => r.region },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'resource_id', type: 'text', value: (r) => r.resourceId },
  { name: 'type', type: 'text', value: (r) => r.type },
  { name: 'engine', type: 'text', value: (r) => r.engine },
  { name: 'state', type: 'text', value: (r) => r.state },
  { name: 'tags', type: 'jsonb', value: (r) => JSON.stringify(r.tags) },
  { name: 'launched_at', type: 'timestamptz', value: (r) => r.launchedAt },
  { name: 'replica_of', type: 'text', value: (r) => r.replicaOf },
  { name: 'cluster_id', type: 'text', value: (r) => r.clusterId },
  { name: 'schedulable', type: 'bool', value: (r) => r.schedulable },
  { name: 'reason', type: 'text', value: (r) => r.reason },
  { name: 'first_seen', type: 'timestamptz', value: (r) => r.seenAt },
  { name: 'last_seen', type: 'timestamptz', value: (r) => r.seenAt },
]

export function upsertServers(db: SqlExecutor, rows: readonly ServerRow[]): Promise<number> {
  const key = ['account_id', 'region', 'kind', 'resource_id']
  return bulkInsert(
    db,
    'server',
    COLUMNS,
    rows,
    upsertOn(
      key,
      COLUMNS.filter((column) => column.name !== 'first_seen'),
      ['deleted_at = NULL'],
    ),
  )
}

/** Marks the servers of an account and region that a listing of them no longer contains. */
export function markUnlistedServersDeleted(
  db: SqlExecutor,
  scope: { accountId: string; region: string; listed: { kind: string; resourceId: string }[]; at: Date },
): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE server SET deleted_at = $4 WHERE account_id = $1 AND region = $2 AND deleted_at IS NULL AND NOT ((kind || '/' || resource_id) = ANY($3::text[]))`,
    scope.accountId,
    scope.region,
    scope.listed.map((server) => `${server.kind}/${server.resourceId}`),
    scope.at,
  )
}
