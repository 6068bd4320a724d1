// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native schema engine
// (which cannot be downloaded here). It writes Prisma's own `_prisma_migrations` table, so a connected
// machine can run `prisma migrate deploy` / `status` against the same database and files.
import 'server-only'
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/** Prisma's advisory lock id for migrations (schema-engine `ADVISORY_LOCK_TIMEOUT` key). */
const PRISMA_MIGRATION_LOCK_ID = 72707369

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export type MigrationReport = {
  applied: string[]
  alreadyApplied: string[]
  /** Applied migrations whose file changed since (Prisma reports these as "modified after applied"). */
  checksumMismatches: string[]
}

export class FailedMigrationError extends Error {
  constructor(
    public readonly migrationName: string,
    detail: string,
  ) {
    super(
      `Migration ${migrationName} failed earlier and is recorded as unfinished in _prisma_migrations (${detail}). ` +
        'Fix the database by hand, then mark it rolled back (`UPDATE "_prisma_migrations" SET rolled_back_at = now() ' +
        `WHERE migration_name = '${migrationName}'\`) before migrating again.`,
    )
    this.name = 'FailedMigrationError'
  }
}

export function defaultMigrationsDir() {
  return path.join(process.cwd(), 'prisma', 'migrations')
}

export async function runMigrations(
  databaseUrl: string,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<MigrationReport> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir()
  const log = options.log ?? (() => {})
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATION_LOCK_ID])
    await client.query(CREATE_MIGRATIONS_TABLE)
    const { rows } = await client.query<{
      migration_name: string
      checksum: string
      finished_at: Date | null
      logs: string | null
    }>(
      'SELECT migration_name, checksum, finished_at, logs FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at',
    )
    const failed = rows.find((row) => row.finished_at === null)
    if (failed) throw new FailedMigrationError(failed.migration_name, failed.logs?.split('\n')[0] ?? 'no log')

    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]))
    const report: MigrationReport = { applied: [], alreadyApplied: [], checksumMismatches: [] }
    for (const name of listMigrations(migrationsDir)) {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'))
      const checksum = createHash('sha256').update(sql).digest('hex')
      const previous = applied.get(name)
      if (previous !== undefined) {
        report.alreadyApplied.push(name)
        if (previous !== checksum) {
          report.checksumMismatches.push(name)
          log(`warning: migration ${name} was modified after it was applied`)
        }
        continue
      }
      await applyOne(client, name, sql.toString('utf8'), checksum)
      report.applied.push(name)
      log(`applied migration ${name}`)
    }
    return report
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATION_LOCK_ID]).catch(() => {})
    await client.end()
  }
}

function listMigrations(migrationsDir: string): string[] {
  if (!existsSync(migrationsDir)) return []
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
}

async function applyOne(client: pg.Client, name: string, sql: string, checksum: string) {
  const id = randomUUID()
  // Prisma's bookkeeping, by PostgreSQL's clock: now() is when the migration's transaction began.
  try {
    await client.query('BEGIN')
    await client.query(sql)
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, now(), 1)`,
      [id, checksum, name],
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    // Recorded like Prisma does, so both this runner and `prisma migrate deploy` refuse to continue.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, NULL, $3, $4, now(), 0)`,
      [id, checksum, name, String((error as Error).message)],
    )
    throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error })
  }
}
