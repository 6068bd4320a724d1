// `npm run bench:pages`: every page and read API of the production build on a generated estate of 2,000 and
// 20,000 functions × 400 days (`-- --sizes 2000,10000,20000,50000` for others, `-- --no-build` to skip the build check), each on its own embedded
// PostgreSQL. Prints, per size, the median and p95 (to the last byte, and to the first byte) of every target next
// to /api/health measured in the same run, then the largest/smallest ratio of the medians: a target whose cost
// does not grow with the number of functions stays near 1. Goal (issue 12): p95 < 150 ms for every target at
// 20,000 functions, first byte < 200 ms. Not part of `npm test`; sequential requests on loopback only.
import pg from 'pg'
import { addDaysTo, addMonthsTo, dateToDay, firstDayOf, lastDayOf, monthOf } from '@/lib/domain/calendar'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { rebuildFunctionMonths } from '@/lib/server/derived/rebuild-function-months'
import { buildIfNeeded } from '../lib/build-if-needed'
import { startTemporaryPostgres } from '../lib/temporary-postgres'
import { estateCounts, generateLargeEstate } from './large-estate'
import { type Sample, measure, percentile } from './latency'
import { type NextServer, startNextServer } from './next-server'

const DAYS = 400
const HOURLY_DAYS = 14
const REQUESTS = 20
// A target gets at least MIN_REQUESTS and then stops once it has spent this long, so the slowest pages of the
// largest estate are measured in minutes, not hours.
const MIN_REQUESTS = 5
const BUDGET_MS = 30_000
const PORT = Number(process.env.BENCH_PORT ?? 3198)
const TARGET_P95_MS = 150
const TARGET_FIRST_BYTE_MS = 200

const sizes = parseSizes(process.argv.slice(2))
const lastDay = addDaysTo(dateToDay(new Date()), -1)
const month = lastDay === lastDayOf(monthOf(lastDay)) ? monthOf(lastDay) : addMonthsTo(monthOf(lastDay), -1)

type Target = { label: string; path: string | ((i: number) => string) }

function targets(functionId: number): Target[] {
  const months = Array.from({ length: 12 }, (_, i) => addMonthsTo(month, -i))
  const lastMonth = `from=${firstDayOf(month)}&to=${lastDayOf(month)}`
  const twelveMonths = `from=${firstDayOf(months[11]!)}&to=${lastDayOf(month)}&granularity=monthly`
  return [
    { label: 'page / (Overview, default month)', path: '/' },
    { label: 'page /?month=… (12 months in turn)', path: (i) => `/?month=${months[i % months.length]}` },
    { label: 'page /costs (default)', path: '/costs' },
    { label: 'page /costs by function, last month', path: `/costs?${lastMonth}&groupBy=function` },
    { label: 'page /functions (30 days)', path: '/functions' },
    { label: 'page /functions/{id}', path: `/functions/${functionId}` },
    { label: 'page /anomalies', path: '/anomalies' },
    { label: 'page /budgets', path: '/budgets' },
    { label: 'page /alerts', path: '/alerts' },
    { label: 'page /simulator?functionId=…', path: `/simulator?functionId=${functionId}` },
    { label: 'page /ingestion', path: '/ingestion' },
    { label: 'page /settings', path: '/settings' },
    { label: 'GET /api/overview', path: '/api/overview' },
    { label: 'GET /api/overview/lambda-change', path: '/api/overview/lambda-change' },
    {
      label: 'GET /api/overview/lambda-change?month=… (12)',
      path: (i) => `/api/overview/lambda-change?month=${months[i % months.length]}`,
    },
    { label: 'GET /api/costs (default)', path: '/api/costs' },
    { label: 'GET /api/costs last month by function', path: `/api/costs?${lastMonth}&groupBy=function` },
    { label: 'GET /api/costs 12 months by function', path: `/api/costs?${twelveMonths}&groupBy=function` },
    {
      label: 'GET /api/costs 12 months by service,usage_type',
      path: `/api/costs?${twelveMonths}&groupBy=service,usage_type`,
    },
    {
      label: 'GET /api/costs 30 days daily by account',
      path: `/api/costs?from=${addDaysTo(lastDay, -29)}&to=${lastDay}&granularity=daily&groupBy=account`,
    },
    { label: 'GET /api/functions (30 days)', path: '/api/functions' },
    {
      label: 'GET /api/functions/{id} (90 days)',
      path: `/api/functions/${functionId}?from=${addDaysTo(lastDay, -89)}&to=${lastDay}`,
    },
    { label: 'GET /api/functions/{id}/workload', path: `/api/functions/${functionId}/workload` },
    { label: 'GET /api/anomalies', path: '/api/anomalies' },
    { label: 'GET /api/incidents', path: '/api/incidents' },
    { label: 'GET /api/budgets', path: '/api/budgets' },
    { label: 'GET /api/reconciliation', path: '/api/reconciliation' },
    { label: 'GET /api/ingest/runs', path: '/api/ingest/runs' },
    { label: 'GET /api/alerts/rules', path: '/api/alerts/rules' },
    { label: 'GET /api/simulator/functions?search=fn-1', path: '/api/simulator/functions?search=fn-1' },
    { label: 'GET /api/exports/functions.csv (one month)', path: `/api/exports/functions.csv?month=${month}` },
    {
      label: 'GET /api/exports/costs.csv (one month by service)',
      path: `/api/exports/costs.csv?${lastMonth}&groupBy=service`,
    },
  ]
}

// Once, before any estate: sources edited while the bench runs must not trigger a build between sizes.
// `--no-build` measures the build already in .next (one made before the sources were edited).
if (!process.argv.includes('--no-build')) buildIfNeeded((text) => console.log(text))
const results = new Map<number, { baseline: Sample; measured: Map<string, Sample> }>()
for (const functions of sizes) results.set(functions, await benchSize(functions))

for (const [functions, { baseline, measured }] of results) {
  console.log(
    `\n${functions.toLocaleString('en-US')} functions × ${DAYS} days (ms; median / p95, first byte median / p95, requests):`,
  )
  console.log(line('GET /api/health (baseline)', baseline))
  for (const [label, sample] of measured) console.log(line(label, sample))
}
if (sizes.length > 1) {
  const small = sizes[0]!
  const large = sizes[sizes.length - 1]!
  console.log(`\nMedian at ${large.toLocaleString('en-US')} / median at ${small.toLocaleString('en-US')} functions:`)
  for (const [label, sample] of results.get(large)!.measured) {
    const ratio = percentile(sample.total, 50) / percentile(results.get(small)!.measured.get(label)!.total, 50)
    console.log(`  ${label.padEnd(52)} ${ratio.toFixed(1)}×`)
  }
}
const largest = sizes[sizes.length - 1]!
console.log(
  `\nTargets at ${largest.toLocaleString('en-US')} functions: p95 < ${TARGET_P95_MS} ms, first byte < ${TARGET_FIRST_BYTE_MS} ms`,
)
for (const [label, sample] of results.get(largest)!.measured) {
  const p95 = percentile(sample.total, 95)
  const firstByte = percentile(sample.firstByte, 95)
  const met = p95 < TARGET_P95_MS && firstByte < TARGET_FIRST_BYTE_MS
  console.log(
    `  ${met ? 'met   ' : 'MISSED'} ${label}: p95 ${p95.toFixed(0)} ms, first byte p95 ${firstByte.toFixed(0)} ms`,
  )
}

async function benchSize(functions: number) {
  const database = await startTemporaryPostgres()
  let server: NextServer | undefined
  try {
    await runMigrations(database.url)
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    const started = performance.now()
    await generateLargeEstate(client, { functions, days: DAYS, hourlyDays: HOURLY_DAYS, lastDay })
    console.log(
      `Generated ${functions.toLocaleString('en-US')} functions × ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    for (const [table, count] of Object.entries(await estateCounts(client)))
      console.log(`  ${table}: ${count.toLocaleString('en-US')} rows`)
    const functionId = (await client.query('SELECT min(id)::int AS id FROM lambda_function')).rows[0].id as number
    await client.end()
    // The generator writes daily rows as ingestion's refresh would leave them; the monthly rollups and stored
    // decompositions are that refresh's last step, run here over the whole window as a first start would.
    const db = createPrismaClient(database.url)
    try {
      const rollupStarted = performance.now()
      const window = { from: addDaysTo(lastDay, -(DAYS - 1)), to: lastDay }
      const summary = await db.$transaction((tx) => rebuildFunctionMonths(tx, window), { timeout: 60 * 60_000 })
      console.log(
        `  monthly rollups: ${summary.rollupRows.toLocaleString('en-US')} rows and ${summary.changeParts.toLocaleString('en-US')} change parts in ${((performance.now() - rollupStarted) / 1000).toFixed(1)} s`,
      )
    } finally {
      await db.$disconnect()
    }

    server = await startNextServer(database.url, PORT)
    const base = server.base
    const url = (path: Target['path']) =>
      typeof path === 'string' ? `${base}${path}` : (i: number) => `${base}${path(i)}`
    const options = { times: REQUESTS, warmUp: 2, minTimes: MIN_REQUESTS, budgetMs: BUDGET_MS, headers: server.headers }
    const baseline = await measure(`${base}/api/health`, { times: 60, warmUp: 5 })
    const measured = new Map<string, Sample>()
    for (const target of targets(functionId)) {
      const sample = await measure(url(target.path), options)
      measured.set(target.label, sample)
      console.log(line(target.label, sample))
    }
    return { baseline, measured }
  } finally {
    await server?.stop()
    await database.stop()
  }
}

function line(label: string, sample: Sample): string {
  const ms = (values: number[], p: number) => percentile(values, p).toFixed(0).padStart(6)
  return `  ${label.padEnd(52)} ${ms(sample.total, 50)} / ${ms(sample.total, 95)}   first byte ${ms(sample.firstByte, 50)} / ${ms(sample.firstByte, 95)}   n=${sample.total.length}`
}

function parseSizes(args: string[]): number[] {
  const index = args.indexOf('--sizes')
  if (index < 0) return [2_000, 20_000]
  const parsed = (args[index + 1] ?? '').split(',').map(Number)
  if (parsed.length === 0 || parsed.some((n) => !Number.isInteger(n) || n < 10 || n > 100_000)) {
    throw new Error(
      '--sizes takes function counts between 10 and 100,000, comma-separated and ascending, e.g. --sizes 2000,10000',
    )
  }
  return parsed.sort((a, b) => a - b)
}
