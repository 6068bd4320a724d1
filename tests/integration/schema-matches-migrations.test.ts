// Proves that prisma/schema.prisma (what the generated client expects) and prisma/migrations (what the
// database gets) describe the same database: one database is built from the migrations, another from the SQL
// Prisma's own engine derives from the schema, and their catalogs must be identical.
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffSchemas } from '../../scripts/lib/schema-engine'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let fromMigrations: TestDatabase
let fromSchema: TestDatabase

beforeAll(async () => {
  fromMigrations = await createTestDatabase()
  fromSchema = await createTestDatabase({ empty: true })
  const sql = await diffSchemas(null, readFileSync('prisma/schema.prisma', 'utf8'), fromSchema.url)
  await query(fromSchema.url, sql)
})

afterAll(async () => {
  await fromMigrations?.drop()
  await fromSchema?.drop()
})

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale, datetime_precision
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
  // CHECK constraints cannot be written in schema.prisma: they live in the migrations only (checked below).
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' AND contype <> 'c' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
}

describe('schema.prisma and the migrations', () => {
  it.each(Object.entries(CATALOG))('define the same %s', async (_name, sql) => {
    const expected = await query(fromSchema.url, sql)
    const actual = await query(fromMigrations.url, sql)
    expect(expected.length).toBeGreaterThan(0)
    expect(actual).toEqual(expected)
  })

  it('add CHECK constraints only in migrations, each named in a schema.prisma comment', async () => {
    const checks = await query(
      fromMigrations.url,
      `SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype = 'c' ORDER BY 1`,
    )
    expect(checks.map((row) => row.conname)).toEqual(['alert_delivery_one_subject'])
    const schema = readFileSync('prisma/schema.prisma', 'utf8')
    for (const { conname } of checks) expect(schema).toContain(String(conname))
  })
})
