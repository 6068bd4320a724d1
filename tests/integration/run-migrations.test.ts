import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FailedMigrationError, defaultMigrationsDir, runMigrations } from '../../lib/server/db/run-migrations'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
let migrationsDir: string

beforeEach(async () => {
  database = await createTestDatabase({ empty: true })
  migrationsDir = mkdtempSync(path.join(os.tmpdir(), 'finops-migrations-'))
  cpSync(defaultMigrationsDir(), migrationsDir, { recursive: true })
})

afterEach(async () => {
  await database.drop()
  rmSync(migrationsDir, { recursive: true, force: true })
})

async function rows(sql: string) {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

function addMigration(name: string, sql: string) {
  mkdirSync(path.join(migrationsDir, name))
  writeFileSync(path.join(migrationsDir, name, 'migration.sql'), sql)
}

describe('migration runner', () => {
  it('applies every migration to a fresh database and records it the way Prisma does', async () => {
    const report = await runMigrations(database.url, { migrationsDir })
    expect(report.applied.length).toBeGreaterThan(0)
    const recorded = await rows(
      'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(recorded.map((row) => row.migration_name)).toEqual(report.applied)
    for (const row of recorded) {
      const file = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'))
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'))
      expect(row.finished_at).toBeInstanceOf(Date)
      expect(row.applied_steps_count).toBe(1)
      expect(row.rolled_back_at).toBeNull()
    }
    const tables = await rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['cost_line_item', 'lambda_function', 'function_metric_daily', '_prisma_migrations']),
    )
  })

  it('does nothing on an up-to-date database', async () => {
    await runMigrations(database.url, { migrationsDir })
    const second = await runMigrations(database.url, { migrationsDir })
    expect(second.applied).toEqual([])
    expect(second.alreadyApplied.length).toBeGreaterThan(0)
  })

  it('applies only the new migration when one is added', async () => {
    await runMigrations(database.url, { migrationsDir })
    addMigration('29990101000000_add_note', 'ALTER TABLE "aws_account" ADD COLUMN "note" TEXT;')
    const report = await runMigrations(database.url, { migrationsDir })
    expect(report.applied).toEqual(['29990101000000_add_note'])
  })

  it('rolls back a failing migration, records it as failed, and refuses to continue until it is resolved', async () => {
    await runMigrations(database.url, { migrationsDir })
    addMigration('29990101000000_broken', 'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";')
    await expect(runMigrations(database.url, { migrationsDir })).rejects.toThrow(/29990101000000_broken failed/)
    // The transaction rolled back: nothing of the broken file remains.
    expect(await rows("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toHaveLength(0)
    const failed = await rows(
      'SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = \'29990101000000_broken\'',
    )
    expect(failed).toHaveLength(1)
    expect(failed[0].finished_at).toBeNull()

    await expect(runMigrations(database.url, { migrationsDir })).rejects.toBeInstanceOf(FailedMigrationError)

    // Resolved the way `prisma migrate resolve --rolled-back` does, and the file fixed: it applies.
    await rows(
      'UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = \'29990101000000_broken\'',
    )
    writeFileSync(
      path.join(migrationsDir, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE "half_done" (id int);',
    )
    const report = await runMigrations(database.url, { migrationsDir })
    expect(report.applied).toEqual(['29990101000000_broken'])
  })

  it('warns when an applied migration file was edited afterwards', async () => {
    await runMigrations(database.url, { migrationsDir })
    const [first] = (await rows('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name LIMIT 1')) as {
      migration_name: string
    }[]
    const file = path.join(migrationsDir, first!.migration_name, 'migration.sql')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited\n`)
    const warnings: string[] = []
    const report = await runMigrations(database.url, { migrationsDir, log: (line) => warnings.push(line) })
    expect(report.checksumMismatches).toEqual([first!.migration_name])
    expect(warnings.join('\n')).toMatch(/modified after it was applied/)
  })

  it('serialises concurrent runs with the advisory lock', async () => {
    const [a, b] = await Promise.all([
      runMigrations(database.url, { migrationsDir }),
      runMigrations(database.url, { migrationsDir }),
    ])
    expect(a.applied.length + b.applied.length).toBe(a.applied.length || b.applied.length)
    const recorded = await rows('SELECT count(*)::int AS n FROM "_prisma_migrations"')
    expect(recorded[0].n).toBe(Math.max(a.applied.length, b.applied.length))
  })
})
