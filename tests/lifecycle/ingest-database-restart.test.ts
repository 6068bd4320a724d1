// PostgreSQL dies in the middle of an ingestion's write transaction (kill -9 of the postmaster, then a restart
// with crash recovery): the months already committed keep the new data, the month being written keeps its
// previous data — nothing half-written — and running the ingestion again converges.
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createAwsClients } from '../../lib/aws/clients'
import { type Decimal, toDecimal } from '../../lib/domain/money'
import { clock, clockEnvironment } from '../../lib/server/clock'
import { startOrJoinEmbeddedPostgres } from '../../lib/server/db/embedded-postgres'
import { createPrismaClient } from '../../lib/server/db/prisma'
import { runMigrations } from '../../lib/server/db/run-migrations'
import { createIngestionRun } from '../../lib/server/ingest/create-ingestion-run'
import { executeIngestionRun } from '../../lib/server/ingest/execute-ingestion-run'
import { sweepStaleRuns } from '../../lib/server/ingest/sweep-stale-runs'
import { FakeAccount } from '../support/fake-aws/fake-account'
import { startFakeAws } from '../support/fake-aws/start-fake-aws'
import { TEST_SCENARIO } from '../support/fake-aws/test-scenario'

const rootDir = mkdtempSync(path.join(os.tmpdir(), 'finops-restart-'))
chmodSync(rootDir, 0o755)
const stops: (() => Promise<void>)[] = []
let database: Awaited<ReturnType<typeof startOrJoinEmbeddedPostgres>> | undefined

afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => {})
  await database?.stop()
  rmSync(rootDir, { recursive: true, force: true })
}, 60_000)

async function startDatabase() {
  // Durable settings, as in production: with synchronous_commit off a crash may lose transactions that had
  // already reported their commit, which is exactly what this test must not excuse.
  database = await startOrJoinEmbeddedPostgres({ rootDir, database: 'finops' })
  return database
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

async function monthTotals(url: string): Promise<Map<string, Decimal>> {
  const rows = await query<{ month: string; total: string }>(
    url,
    "SELECT to_char(day, 'YYYY-MM') AS month, sum(unblended_cost)::text AS total FROM cost_line_item GROUP BY 1",
  )
  return new Map(rows.map((row) => [row.month, toDecimal(row.total)]))
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const started = performance.now()
  while (!(await condition().catch(() => false))) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('a database restart during ingestion', () => {
  it(
    'keeps committed months, loses nothing of the month in flight, and converges on the next run',
    { timeout: 180_000 },
    async () => {
      const today = clock.today()
      const account = FakeAccount.fromScenario(TEST_SCENARIO, today)
      const fake = await startFakeAws({ account })
      stops.push(() => fake.close())
      const window = { from: account.dataset.firstDay, to: account.dataset.lastDay }
      const ingest = async (url: string) => {
        const db = createPrismaClient(url)
        const aws = createAwsClients({ retryMode: 'standard', maxAttempts: 5, requestTimeoutMs: 5_000 })
        Object.assign(process.env, fake.env)
        try {
          const run = await createIngestionRun(db, { trigger: 'cli', window, today, costExplorerDailyCapUsd: '100.00' })
          return await executeIngestionRun(
            {
              db,
              databaseUrl: url,
              aws,
              settings: { costExplorerMaxCalls: 200, costExplorerDailyCapUsd: '100.00' },
              heartbeatMs: 100,
              log: () => {},
            },
            run.id,
          )
        } finally {
          aws.destroy()
          await db.$disconnect()
        }
      }

      let server = await startDatabase()
      await runMigrations(server.url)
      expect((await ingest(server.url)).status).toBe('succeeded')
      const before = await monthTotals(server.url)
      expect(before.size).toBe(2)

      // AWS restates every amount. The month written first commits (and records itself in stall_seen); writing
      // the other month's costs stalls inside its transaction.
      account.costLines = account.costLines.map((line) => ({
        ...line,
        unblendedCost: toDecimal(line.unblendedCost).times(3).toFixed(),
      }))
      await query(
        server.url,
        `CREATE TABLE stall_seen (month text PRIMARY KEY);
       CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF EXISTS (SELECT 1 FROM stall_seen WHERE month <> to_char(NEW.day, 'YYYY-MM')) THEN PERFORM pg_sleep(120); END IF;
           INSERT INTO stall_seen VALUES (to_char(NEW.day, 'YYYY-MM')) ON CONFLICT DO NOTHING;
           RETURN NEW;
         END $$;
       CREATE TRIGGER stall BEFORE INSERT OR UPDATE ON cost_line_item FOR EACH ROW EXECUTE FUNCTION stall();`,
      )
      const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/ingest.ts', '--from', window.from, '--to', window.to],
        {
          env: {
            ...process.env,
            ...fake.env,
            ...clockEnvironment(),
            DATABASE_URL: server.url,
            NEXT_TELEMETRY_DISABLED: '1',
          },
          stdio: 'ignore',
        },
      )
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      await until(
        async () => (await query(server.url, "SELECT 1 FROM pg_stat_activity WHERE wait_event = 'PgSleep'")).length > 0,
        'the write transaction to stall',
      )

      // The server dies hard: every backend with it, the open transaction never commits.
      const pidFile = path.join(rootDir, 'postgres', 'postmaster.pid')
      process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL')
      expect(await exited).not.toBe(0)

      server = await startDatabase()
      expect(existsSync(pidFile)).toBe(true)
      const after = await monthTotals(server.url)
      const committed = (await query<{ month: string }>(server.url, 'SELECT month FROM stall_seen')).map(
        (row) => row.month,
      )
      expect(committed).toHaveLength(1)
      const inFlight = [...before.keys()].find((month) => month !== committed[0])!
      expect(after.get(committed[0]!)!.equals(before.get(committed[0]!)!.times(3))).toBe(true)
      expect(after.get(inFlight)!.equals(before.get(inFlight)!)).toBe(true)
      expect(readFileSync(path.join(rootDir, 'postgres.log'), 'utf8')).toMatch(
        /database system was interrupted|not properly shut down|automatic recovery/,
      )

      // The run the crash interrupted is found dead and marked failed; running again converges.
      const db = createPrismaClient(server.url)
      stops.push(() => db.$disconnect())
      expect(
        await sweepStaleRuns(db, { staleAfterMs: 60_000, now: new Date(clock.now().getTime() + 61_000) }),
      ).toHaveLength(1)
      await query(server.url, 'DROP TRIGGER stall ON cost_line_item; DROP FUNCTION stall(); DROP TABLE stall_seen;')
      expect((await ingest(server.url)).status).toBe('succeeded')
      const converged = await monthTotals(server.url)
      for (const [month, total] of before) expect(converged.get(month)!.equals(total.times(3))).toBe(true)
    },
  )
})
