// `npm run bench:overview`: the overview's latency on a large account — 2,000 functions, 400 days of daily
// metrics and cost estimates, hourly metrics for the last 14 days, Cost Explorer lines for 13+ months — served
// by the production build against a real (embedded) PostgreSQL: the API, the "Why AWS Lambda changed" API, and
// the page `/` a user opens (which computes both). Prints median and p95, next to /api/health measured in the
// same run as the baseline of the server's own overhead, and judges the target (p95 < 300 ms) on each.
import pg from 'pg'
import { addDaysTo, dateToDay } from '@/lib/domain/calendar'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { buildIfNeeded } from '../lib/build-if-needed'
import { startTemporaryPostgres } from '../lib/temporary-postgres'
import { estateCounts, generateLargeEstate } from './large-estate'
import { measure as measureSample, percentile } from './latency'
import { type NextServer, startNextServer } from './next-server'

const FUNCTIONS = 2_000
const DAYS = 400
const HOURLY_DAYS = 14
const REQUESTS = 60
const PORT = 3199
const TARGET_P95_MS = 300

const lastDay = addDaysTo(dateToDay(new Date()), -1)

const database = await startTemporaryPostgres()
let server: NextServer | undefined
try {
  await runMigrations(database.url)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const started = performance.now()
  await generateLargeEstate(client, { functions: FUNCTIONS, days: DAYS, hourlyDays: HOURLY_DAYS, lastDay })
  console.log(`Generated ${FUNCTIONS} functions × ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  for (const [table, count] of Object.entries(await estateCounts(client))) console.log(`  ${table}: ${count.toLocaleString('en-US')} rows`)
  await client.end()

  buildIfNeeded((line) => console.log(line))
  server = await startNextServer(database.url, PORT)
  const { base } = server

  const months = Array.from({ length: 12 }, (_, i) => addMonthsBack(lastDay, i))
  // Warm-up: compile paths, fill caches.
  for (const path of ['/api/overview', '/api/overview/lambda-change', '/']) await measure(`${base}${path}`, 3)
  const baseline = await measure(`${base}/api/health`, REQUESTS)
  const measured: [label: string, values: number[]][] = [
    ['GET /api/overview (default month)', await measure(`${base}/api/overview`, REQUESTS)],
    ['GET /api/overview?month=… (12 different months)', await measure((i) => `${base}/api/overview?month=${months[i % months.length]}`, REQUESTS)],
    ['GET /api/overview/lambda-change (default month)', await measure(`${base}/api/overview/lambda-change`, REQUESTS)],
    ['GET / (the page, with "Why AWS Lambda changed")', await measure(`${base}/`, REQUESTS)],
    ['GET /?month=… (the page, 12 different months)', await measure((i) => `${base}/?month=${months[i % months.length]}`, REQUESTS)],
  ]
  report('GET /api/health (baseline)', baseline)
  for (const [label, values] of measured) report(label, values, baseline)
  console.log(`\nTarget p95 < ${TARGET_P95_MS} ms:`)
  for (const [label, values] of measured) {
    const p95 = percentile(values, 95)
    console.log(`  ${p95 < TARGET_P95_MS ? 'met   ' : 'MISSED'} ${label}: ${p95.toFixed(1)} ms`)
  }
} finally {
  await server?.stop()
  await database.stop()
}

function addMonthsBack(day: string, months: number): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 7)
}

async function measure(url: string | ((i: number) => string), times: number): Promise<number[]> {
  return (await measureSample(url, { times })).total
}

function report(label: string, values: number[], baseline?: number[]) {
  const median = percentile(values, 50)
  const ratio = baseline ? ` (${(median / percentile(baseline, 50)).toFixed(1)}× the baseline median)` : ''
  console.log(`${label}: median ${median.toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms over ${values.length} requests${ratio}`)
}
