import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { createPrismaClient, type Db } from '../../../lib/server/db/prisma'
import { TEMPLATE_DATABASE, withDatabase } from '../global-setup'

export type TestDatabase = { url: string; db: Db; drop(): Promise<void> }

/** A fresh, migrated database for one test file (a clone of the migrated template). */
export async function createTestDatabase(options: { empty?: boolean; template?: string } = {}): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl')
  const name = `finops_test_${randomBytes(6).toString('hex')}`
  await adminQuery(
    adminUrl,
    options.empty
      ? `CREATE DATABASE ${name}`
      : `CREATE DATABASE ${name} TEMPLATE ${options.template ?? TEMPLATE_DATABASE}`,
  )
  const url = withDatabase(adminUrl, name)
  const db = createPrismaClient(url)
  return {
    url,
    db,
    async drop() {
      await db.$disconnect()
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/**
 * A copy of a test database as it is now, for a test that changes what the file's other tests read, so they pass in
 * any order. The source's connections close first (PostgreSQL copies only a database nobody is connected to); its
 * client reconnects at its next query.
 */
export async function copyTestDatabase(source: TestDatabase): Promise<TestDatabase> {
  await source.db.$disconnect()
  return createTestDatabase({ template: new URL(source.url).pathname.slice(1) })
}

export async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * Empties every table of the database, for a test that needs nothing before it: not the migration history, nor
 * the audit log, which PostgreSQL keeps append-only (a trigger refuses TRUNCATE; tests count what they add to it).
 */
export async function emptyTables(db: Db) {
  const tables = await db.$queryRaw<
    { name: string }[]
  >`SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'audit_log')`
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => table.name).join(', ')} RESTART IDENTITY CASCADE`)
}
