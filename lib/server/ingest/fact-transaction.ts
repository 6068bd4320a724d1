// Facts fetched for a window are written in one PostgreSQL transaction on a plain `pg` connection: the
// repositories' set-based upserts run on it unchanged, and metric rows go in with COPY, which an ORM
// transaction cannot do (see scripts/bench/ingest.ts). Derived data is refreshed right after the commit.
import 'server-only'
import pg from 'pg'
import { inTransaction, type RawSql, sqlOn } from '@/lib/server/db/pg-transaction'

export type FactWriter = { sql: RawSql; client: pg.PoolClient }

export function createFactPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'finops-ingestion' })
  // An idle connection dropped by a database restart is discarded; the next write reconnects.
  pool.on('error', () => {})
  return pool
}

export async function withFactTransaction<T>(pool: pg.Pool, write: (writer: FactWriter) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    return await inTransaction(client, () => write({ sql: sqlOn(client), client }))
  } finally {
    client.release()
  }
}
