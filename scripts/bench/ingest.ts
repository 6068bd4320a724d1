// `npm run bench:ingest`: ingests a generated account of 2,000 functions × 90 days from the local fake AWS
// (real SDK clients, real wire protocols) into a temporary embedded PostgreSQL, then writes the same rows again
// with a plain COPY into the same, emptied tables in the same run. Prints rows per second for both; the goal
// (issue 19) is that the ingestion's database writes reach at least 80% of the COPY rate. Then times the
// derived-data refresh alone, step by step, for one day and for the whole window (BENCH_FUNCTIONS=20000 for a
// large estate). Not part of `npm test`.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { createAwsClients } from '@/lib/aws/clients'
import { addDaysTo, dateToDay } from '@/lib/domain/calendar'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { type DerivedRefreshSummary, refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import { createIngestionRun } from '@/lib/server/ingest/create-ingestion-run'
import { executeIngestionRun } from '@/lib/server/ingest/execute-ingestion-run'
import { benchScenario } from '../../tests/support/fake-aws/bench-scenario'
import { FakeAccount } from '../../tests/support/fake-aws/fake-account'
import { startFakeAws } from '../../tests/support/fake-aws/start-fake-aws'
import { startTemporaryPostgres } from '../lib/temporary-postgres'

const FUNCTIONS = Number(process.env.BENCH_FUNCTIONS ?? 2_000)
const DAYS = Number(process.env.BENCH_DAYS ?? 90)
// In foreign-key order, for the COPY that writes them again.
const FACT_TABLES = [
  'cost_line_item',
  'lambda_function',
  'function_config_snapshot',
  'function_metric_daily',
  'function_metric_hourly',
] as const

const today = dateToDay(new Date())
const window = { from: addDaysTo(today, -DAYS), to: addDaysTo(today, -1) }
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const TARGET_SHARE_OF_COPY = 0.8
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`

let started = performance.now()
const account = FakeAccount.fromScenario(benchScenario(FUNCTIONS, DAYS), today)
console.log(
  `Generated ${FUNCTIONS.toLocaleString('en-US')} functions × ${DAYS} days from the scenario language in ${seconds(performance.now() - started)}`,
)
const fake = await startFakeAws({ account })
Object.assign(process.env, fake.env)
const database = await startTemporaryPostgres()
const aws = createAwsClients({ retryMode: 'standard' })
const db = createPrismaClient(database.url)
try {
  await runMigrations(database.url)
  const run = await createIngestionRun(db, { trigger: 'cli', window, costExplorerDailyCapUsd: '10.00' })
  started = performance.now()
  const outcome = await executeIngestionRun(
    { db, databaseUrl: database.url, aws, settings: { costExplorerMaxCalls: 1_000, costExplorerDailyCapUsd: '10.00' } },
    run.id,
  )
  const wallMs = performance.now() - started
  if (outcome.status !== 'succeeded') throw new Error(`The ingestion failed: ${outcome.error}`)
  const progress = outcome.progress!

  // The derived-data refresh alone, on what the run stored: one day (what a scheduled run's newest day costs) and
  // the whole window (a rebuild, month by month in one transaction as a first import would).
  const refreshes: [label: string, ms: number, summary: DerivedRefreshSummary][] = []
  for (const [label, refreshWindow] of [
    ['one day', { from: window.to, to: window.to }],
    [`full window (${DAYS} days)`, window],
  ] as const) {
    const refreshStarted = performance.now()
    const summary = await db.$transaction((tx) => refreshDerivedData(tx, refreshWindow), {
      timeout: 60 * 60_000,
      maxWait: 60_000,
    })
    refreshes.push([label, performance.now() - refreshStarted, summary])
  }

  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const counts: Record<string, number> = {}
  for (const table of FACT_TABLES)
    counts[table] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n
  const factRows = Object.values(counts).reduce((a, b) => a + b, 0)
  const derivedRows = (await client.query('SELECT count(*)::int AS n FROM function_cost_daily')).rows[0].n as number

  // The same rows, written again by a plain COPY into the same tables (same keys, indexes and foreign keys).
  const dumps = new Map<string, Buffer[]>()
  for (const table of FACT_TABLES) {
    const chunks: Buffer[] = []
    await pipeline(client.query(copyTo(`COPY ${table} TO STDOUT`)), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) chunks.push(chunk)
    })
    dumps.set(table, chunks)
  }
  await client.query('TRUNCATE cost_line_item, lambda_function CASCADE')
  let copyMs = 0
  for (const table of FACT_TABLES) {
    const copyStarted = performance.now()
    await pipeline(Readable.from(dumps.get(table)!), client.query(copyFrom(`COPY ${table} FROM STDIN`)))
    copyMs += performance.now() - copyStarted
  }
  await client.end()

  console.log(
    `\nIngested ${window.from}..${window.to} in ${seconds(wallMs)} wall time (${outcome.apiCalls.toLocaleString('en-US')} AWS calls to the local server):`,
  )
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table}: ${n.toLocaleString('en-US')} rows`)
  console.log(
    `  function_cost_daily (derived): ${derivedRows.toLocaleString('en-US')} rows in ${seconds(progress.derivedMs)}`,
  )
  console.log(`\nDerived-data refresh alone (${FUNCTIONS.toLocaleString('en-US')} functions):`)
  for (const [label, ms, summary] of refreshes) {
    const steps = summary.stepsMs
    console.log(
      `  ${label}: ${seconds(ms)} (daily estimates ${seconds(steps.functionCosts)}, keep-warm ${seconds(steps.keepWarm)}, ` +
        `monthly rollups and decompositions ${seconds(steps.functionMonths)}: ${summary.functionMonthRows.toLocaleString('en-US')} rows, ` +
        `${summary.changeParts.toLocaleString('en-US')} parts, anomalies ${seconds(steps.anomalies)})`,
    )
  }
  console.log(`\nEnd to end (fetch, validate, write):   ${rate(factRows, wallMs)}`)
  console.log(
    `Ingestion database writes:            ${rate(factRows, progress.dbWriteMs)} (${factRows.toLocaleString('en-US')} rows in ${seconds(progress.dbWriteMs)}, one transaction per month)`,
  )
  console.log(`Plain COPY of the same rows:          ${rate(factRows, copyMs)} (${seconds(copyMs)})`)
  const ratio = copyMs / progress.dbWriteMs
  console.log(
    `\nTarget: database writes ≥ ${TARGET_SHARE_OF_COPY * 100}% of the COPY rate: ${ratio >= TARGET_SHARE_OF_COPY ? 'met' : 'MISSED'} (${(ratio * 100).toFixed(0)}%)`,
  )
} finally {
  aws.destroy()
  await db.$disconnect()
  await fake.close()
  await database.stop()
}
