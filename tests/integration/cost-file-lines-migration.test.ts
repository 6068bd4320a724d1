// Upgrading a database that holds lines imported before files kept their lines: each such summed line becomes a
// file line of its month (no payer), so it is neither lost on the next import nor counted twice once the month
// is imported again as a complete set.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultMigrationsDir, runMigrations } from '../../lib/server/db/run-migrations'
import { importCostFileSet } from '../../lib/server/imports/import-cost-file'
import { spoolUpload, withSpoolDirectory } from '../../lib/server/imports/spool-upload'
import { csvOf, focusExport, storedTotalOf } from '../support/cost-files'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

const MIGRATION = '20261207133807_cost_file_lines'
let database: TestDatabase
let migrationsDir: string

beforeAll(async () => {
  database = await createTestDatabase({ empty: true })
  migrationsDir = mkdtempSync(path.join(os.tmpdir(), 'finops-migrations-'))
  cpSync(defaultMigrationsDir(), migrationsDir, { recursive: true })
  // The database as it was before the migration: without it and every later one (a later one may alter its table).
  const fromMigration = readdirSync(migrationsDir).filter((name) => /^\d{14}_/.test(name) && name >= MIGRATION)
  for (const name of fromMigration) rmSync(path.join(migrationsDir, name), { recursive: true })
  await runMigrations(database.url, { migrationsDir })
  // As the import stored them before: summed per day and key, source 'focus', next to Cost Explorer's own line.
  await database.db.$executeRawUnsafe(
    `INSERT INTO aws_account (id, name, is_demo) VALUES ('111111111111', 'prod', false)`,
  )
  await database.db.$executeRawUnsafe(
    `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, record_type, unblended_cost, amortized_cost, usage_quantity, usage_unit, source) VALUES
       ('2025-09-15', '111111111111', 'AWS Lambda', 'Request', 'us-east-1', 'Usage', 0.5, 0.5, 1000, 'Requests', 'focus'),
       ('2025-09-16', '111111111111', 'AWS Lambda', 'Request', 'us-east-1', 'Usage', 0.25, 0.25, 500, 'Requests', 'focus'),
       ('2025-09-16', '111111111111', 'AWS Lambda', 'Lambda-GB-Second', 'us-east-1', 'Usage', 9, 9, 1, 'N/A', 'cost_explorer')`,
  )
  for (const name of fromMigration)
    cpSync(path.join(defaultMigrationsDir(), name), path.join(migrationsDir, name), { recursive: true })
  await runMigrations(database.url, { migrationsDir })
})

afterAll(async () => {
  await database?.drop()
  rmSync(migrationsDir, { recursive: true, force: true })
})

describe('the migration to file lines', () => {
  it('keeps each line imported before as a line of its month, without a payer or a file, until a complete set for the month replaces them, leaving Cost Explorer’s line alone', async () => {
    const lines = await database.db.$queryRaw<
      {
        source: string
        billing_account_id: string
        billing_period: string
        import_id: string | null
        day: string
        unblended_cost: string
      }[]
    >`
      SELECT source, billing_account_id, to_char(billing_period, 'YYYY-MM-DD') AS billing_period, import_id, to_char(day, 'YYYY-MM-DD') AS day, unblended_cost::text
      FROM cost_file_line ORDER BY day`
    expect(
      lines.map(({ source, billing_account_id, billing_period, import_id, day }) => ({
        source,
        billing_account_id,
        billing_period,
        import_id,
        day,
      })),
    ).toEqual([
      { source: 'focus', billing_account_id: '', billing_period: '2025-09-01', import_id: null, day: '2025-09-15' },
      { source: 'focus', billing_account_id: '', billing_period: '2025-09-01', import_id: null, day: '2025-09-16' },
    ])
    expect(lines.map((line) => Number(line.unblended_cost))).toEqual([0.5, 0.25])

    // One test, as the upgrade happens: the kept lines, then a complete set for the month replacing them.
    const september = focusExport(['2025-09-15'])
    await withSpoolDirectory(async (directory) => {
      const file = await spoolUpload(Readable.from([csvOf(september)]), {
        fileName: 'september.csv',
        directory,
        index: 0,
        maxBytes: 10_000_000,
      })
      await importCostFileSet(
        { db: database.db, databaseUrl: database.url },
        { files: [file], manifest: null, maxBytes: 10_000_000 },
      )
    })
    const [files] = await database.db.$queryRaw<
      { total: string }[]
    >`SELECT sum(unblended_cost)::text AS total FROM cost_line_item WHERE source = 'focus'`
    expect(files!.total).toBe(storedTotalOf(september))
    expect(await database.db.costFileLine.count({ where: { importId: null } })).toBe(0)
    expect(await database.db.costLineItem.count({ where: { source: 'cost_explorer' } })).toBe(1)
  })
})
