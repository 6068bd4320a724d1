// Facts fetched for a window are written in one PostgreSQL transaction on a plain `pg` connection: the
// repositories' set-based upserts run on it unchanged, and metric rows go in with COPY, which an ORM
// transaction cannot do (see scripts/bench/ingest.ts). Derived data is refreshed right after the commit.
import pg from 'pg'
import type { Db } from '@/lib/server/db/prisma'

export type FactSql = Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>
export type FactWriter = { sql: FactSql; client: pg.PoolClient }

export function createFactPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'finops-ingestion' })
  // An idle connection dropped by a database restart is discarded; the next write reconnects.
  pool.on('error', () => {})
  return pool
}

export async function withFactTransaction<T>(pool: pg.Pool, write: (writer: FactWriter) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await write({ sql: sqlOn(client), client })
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** The raw-SQL surface the repositories use, on a pg connection (statement text and bound parameters). */
function sqlOn(client: pg.PoolClient): FactSql {
  return {
    $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async (query: string, ...values: unknown[]) => (await client.query(query, values)).rows,
  } as unknown as FactSql
}
