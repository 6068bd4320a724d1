// `npm run bench:overview`: the overview's latency on a large account — 2,000 functions, 400 days of daily
// metrics and cost estimates, hourly metrics for the last 14 days, Cost Explorer lines for 13+ months — served
// by the production build against a real (embedded) PostgreSQL: the API, the "Why AWS Lambda changed" API, and
// the page `/` a user opens (which computes both). Prints median and p95, next to /api/health measured in the
// same run as the baseline of the server's own overhead, and judges the target (p95 < 300 ms) on each. Every
// request is signed in with a viewer's API token; the cost of that check is then measured in this process on the
// same database: GET /api/overview's handler as Next calls it (route(): the token looked up, the role checked)
// against the same read with the check bypassed (the query parsed, the overview read and serialised), alternated.
import pg from 'pg'
import { addDaysTo, dateToDay } from '@/lib/domain/calendar'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { db } from '@/lib/server/db/prisma'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getOverview } from '@/lib/server/queries/get-overview'
import { overviewSearch } from '@/lib/search-params/overview'
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
/** Alternated in-process calls of the signed-in handler and of the same read without the check. */
const IN_PROCESS_CALLS = 60

const lastDay = addDaysTo(dateToDay(new Date()), -1)

const database = await startTemporaryPostgres()
let server: NextServer | undefined
try {
  await runMigrations(database.url)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const started = performance.now()
  await generateLargeEstate(client, { functions: FUNCTIONS, days: DAYS, hourlyDays: HOURLY_DAYS, lastDay })
  console.log(
    `Generated ${FUNCTIONS} functions × ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  for (const [table, count] of Object.entries(await estateCounts(client)))
    console.log(`  ${table}: ${count.toLocaleString('en-US')} rows`)
  await client.end()

  buildIfNeeded((line) => console.log(line))
  server = await startNextServer(database.url, PORT)
  const { base, headers } = server

  const months = Array.from({ length: 12 }, (_, i) => addMonthsBack(lastDay, i))
  // Warm-up: compile paths, fill caches.
  for (const path of ['/api/overview', '/api/overview/lambda-change', '/']) await measure(`${base}${path}`, 3, headers)
  const baseline = await measure(`${base}/api/health`, REQUESTS)
  const measured: [label: string, values: number[]][] = [
    ['GET /api/overview (default month)', await measure(`${base}/api/overview`, REQUESTS, headers)],
    [
      'GET /api/overview?month=… (12 different months)',
      await measure((i) => `${base}/api/overview?month=${months[i % months.length]}`, REQUESTS, headers),
    ],
    [
      'GET /api/overview/lambda-change (default month)',
      await measure(`${base}/api/overview/lambda-change`, REQUESTS, headers),
    ],
    ['GET / (the page, with "Why AWS Lambda changed")', await measure(`${base}/`, REQUESTS, headers)],
    [
      'GET /?month=… (the page, 12 different months)',
      await measure((i) => `${base}/?month=${months[i % months.length]}`, REQUESTS, headers),
    ],
  ]
  report('GET /api/health (baseline)', baseline)
  for (const [label, values] of measured) report(label, values, baseline)
  console.log(`\nTarget p95 < ${TARGET_P95_MS} ms:`)
  for (const [label, values] of measured) {
    const p95 = percentile(values, 95)
    console.log(`  ${p95 < TARGET_P95_MS ? 'met   ' : 'MISSED'} ${label}: ${p95.toFixed(1)} ms`)
  }
  await authOverhead(database.url, headers, months)
} finally {
  await server?.stop()
  await database.stop()
}

/** The sign-in check's cost: the route handler with the token against the same read without the check, in turn. */
async function authOverhead(databaseUrl: string, headers: { authorization: string }, months: string[]) {
  process.env.DATABASE_URL = databaseUrl
  const { GET } = await import('@/app/api/overview/route')
  const request = (i: number) =>
    new Request(`http://127.0.0.1/api/overview?month=${months[i % months.length]}`, { headers })
  const signedIn = async (i: number) => {
    const response = await GET(request(i), undefined)
    if (!response.ok) throw new Error(`The signed-in handler answered ${response.status}`)
    return response.text()
  }
  const bypassed = async (i: number) =>
    Response.json(await getOverview(db(), parseQuery(request(i), overviewSearch))).text()
  // Warm-up: the route's modules, Prisma's pool, PostgreSQL's cache.
  for (let i = 0; i < 3; i++) {
    await signedIn(i)
    await bypassed(i)
  }
  const timed: Record<'signedIn' | 'bypassed', number[]> = { signedIn: [], bypassed: [] }
  for (let i = 0; i < IN_PROCESS_CALLS; i++) {
    const order = i % 2 === 0 ? (['signedIn', 'bypassed'] as const) : (['bypassed', 'signedIn'] as const)
    for (const name of order) {
      const started = performance.now()
      await (name === 'signedIn' ? signedIn(i) : bypassed(i))
      timed[name].push(performance.now() - started)
    }
  }
  const signedInMedian = percentile(timed.signedIn, 50)
  const bypassedMedian = percentile(timed.bypassed, 50)
  console.log(
    `\nSign-in check (GET /api/overview in process, ${IN_PROCESS_CALLS} calls each, alternated, viewer token):`,
  )
  console.log(
    `  signed in: median ${signedInMedian.toFixed(2)} ms, p95 ${percentile(timed.signedIn, 95).toFixed(2)} ms`,
  )
  console.log(
    `  check bypassed: median ${bypassedMedian.toFixed(2)} ms, p95 ${percentile(timed.bypassed, 95).toFixed(2)} ms`,
  )
  console.log(
    `  overhead: ${(signedInMedian - bypassedMedian).toFixed(2)} ms per request, ratio ${(signedInMedian / bypassedMedian).toFixed(3)}`,
  )
  await db().$disconnect()
}

function addMonthsBack(day: string, months: number): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 7)
}

async function measure(
  url: string | ((i: number) => string),
  times: number,
  headers?: Record<string, string>,
): Promise<number[]> {
  return (await measureSample(url, { times, headers })).total
}

function report(label: string, values: number[], baseline?: number[]) {
  const median = percentile(values, 50)
  const ratio = baseline ? ` (${(median / percentile(baseline, 50)).toFixed(1)}× the baseline median)` : ''
  console.log(
    `${label}: median ${median.toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms over ${values.length} requests${ratio}`,
  )
}
