// Writers that need more than Prisma offers (COPY into a table, a temp staging table) work on a plain `pg`
// connection. These two helpers are how such a writer opens its transaction and hands the repositories a raw-SQL
// surface on that same connection, so the repositories' set-based upserts run unchanged inside it.
import 'server-only'
import type pg from 'pg'
import type { Db } from '@/lib/server/db/prisma'

/** The raw-SQL part of the Prisma client that the repositories use (statement text and bound parameters). */
export type RawSql = Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>

/** The repositories' raw-SQL surface on a pg connection, so their statements join its open transaction. */
export function sqlOn(client: pg.ClientBase): RawSql {
  return {
    $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async (query: string, ...values: unknown[]) => (await client.query(query, values)).rows,
  } as unknown as RawSql
}

/** Runs `work` between BEGIN and COMMIT on the connection; any error rolls back and is rethrown as it was. */
export async function inTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN')
  try {
    const result = await work()
    await client.query('COMMIT')
    return result
  } catch (error) {
    // A rollback that fails (the connection is gone) must not hide the error that caused it.
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}
