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
import { type NextServer, startNextServer } from './next-server'

const FUNCTIONS = 2_000
const DAYS = 400
const HOURLY_DAYS = 14
const REQUESTS = 60
const PORT = 3199
const TARGET_P95_MS = 300

const lastDay = addDaysTo(dateToDay(new Date()), -1)
const firstDay = addDaysTo(lastDay, -(DAYS - 1))

const database = await startTemporaryPostgres()
let server: NextServer | undefined
try {
  await runMigrations(database.url)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const started = performance.now()
  await generate(client)
  console.log(`Generated ${FUNCTIONS} functions × ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  for (const [table, count] of Object.entries(await counts(client))) console.log(`  ${table}: ${count.toLocaleString('en-US')} rows`)
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

async function generate(client: pg.Client) {
  await client.query(`INSERT INTO region (code, name, billing_prefix) VALUES ('us-east-1','US East (N. Virginia)','USE1'), ('ap-northeast-2','Asia Pacific (Seoul)','APN2')`)
  await client.query(`INSERT INTO aws_account (id, name) VALUES ('111111111111', 'bench-a'), ('222222222222', 'bench-b')`)
  await client.query(
    `INSERT INTO lambda_function (account_id, region, name, arn)
     SELECT CASE WHEN i % 2 = 0 THEN '111111111111' ELSE '222222222222' END,
            CASE WHEN i % 3 = 0 THEN 'us-east-1' ELSE 'ap-northeast-2' END,
            'fn-' || i, 'arn:aws:lambda:x:y:function:fn-' || i
     FROM generate_series(1, $1) i`,
    [FUNCTIONS],
  )
  await client.query(
    `INSERT INTO function_config_snapshot (function_id, valid_from, memory_mb, architecture, timeout_seconds, config_hash)
     SELECT id, $1::timestamptz, (ARRAY[128, 256, 512, 1024, 2048])[1 + id % 5], CASE WHEN id % 2 = 0 THEN 'arm64' ELSE 'x86_64' END, 30, md5(id::text)
     FROM lambda_function`,
    [`${firstDay}T00:00:00Z`],
  )
  await client.query(
    `INSERT INTO function_metric_daily (function_id, day, invocations, errors, throttles, duration_sum_ms, duration_avg_ms, duration_max_ms, duration_p99_ms, concurrent_executions_max)
     SELECT f.id, d::date, inv, floor(inv * 0.001), 0, inv * avg_ms, avg_ms, avg_ms * 4, avg_ms * 3, 1 + (f.id % 7)
     FROM lambda_function f
     CROSS JOIN generate_series($1::date, $2::date, interval '1 day') d
     CROSS JOIN LATERAL (SELECT (100 + (f.id * 37 + extract(doy FROM d)::int * 13) % 50000)::float8 AS inv, (20 + f.id % 900)::float8 AS avg_ms) v`,
    [firstDay, lastDay],
  )
  await client.query(
    `INSERT INTO function_metric_hourly (function_id, hour, invocations, errors, duration_sum_ms, duration_avg_ms)
     SELECT f.id, h, 10 + f.id % 500, 0, (10 + f.id % 500) * 50.0, 50
     FROM lambda_function f CROSS JOIN generate_series($1::timestamptz, $2::timestamptz, interval '1 hour') h`,
    [`${addDaysTo(lastDay, -(HOURLY_DAYS - 1))}T00:00:00Z`, `${lastDay}T23:00:00Z`],
  )
  await client.query(
    `INSERT INTO function_cost_daily (function_id, day, requests, gb_seconds, request_cost_usd, duration_cost_usd, provisioned_cost_usd, storage_cost_usd, cost_usd, rate_card_version)
     SELECT m.function_id, m.day, m.invocations, gbs, m.invocations * 0.0000002, gbs * 0.0000166667, 0, 0, m.invocations * 0.0000002 + gbs * 0.0000166667, 'bench'
     FROM function_metric_daily m JOIN function_config_snapshot c ON c.function_id = m.function_id
     CROSS JOIN LATERAL (SELECT round((m.duration_sum_ms / 1000 * c.memory_mb / 1024)::numeric, 6) AS gbs) g`,
  )
  await client.query(
    `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, unblended_cost, amortized_cost, usage_quantity, estimated)
     SELECT d::date, a, s.service, s.usage_type, s.region, s.daily * (1 + (extract(doy FROM d)::int % 7) / 20.0), s.daily, 1, d > $2::date - 3
     FROM generate_series($1::date, $2::date, interval '1 day') d
     CROSS JOIN (VALUES ('111111111111'), ('222222222222')) accounts(a)
     CROSS JOIN (VALUES
       ('AWS Lambda', 'Request', 'us-east-1', 4.1), ('AWS Lambda', 'Lambda-GB-Second', 'us-east-1', 31.2), ('AWS Lambda', 'Lambda-GB-Second-ARM', 'us-east-1', 12.4),
       ('AWS Lambda', 'APN2-Request', 'ap-northeast-2', 5.3), ('AWS Lambda', 'APN2-Lambda-GB-Second', 'ap-northeast-2', 40.8), ('AWS Lambda', 'APN2-Lambda-Provisioned-Concurrency', 'ap-northeast-2', 6.2),
       ('Amazon Elastic Compute Cloud - Compute', 'APN2-BoxUsage:m6g.large', 'ap-northeast-2', 27.0), ('EC2 - Other', 'APN2-NatGateway-Hours', 'ap-northeast-2', 2.8),
       ('Amazon Relational Database Service', 'APN2-InstanceUsage:db.r6g.large', 'ap-northeast-2', 6.2), ('Amazon Simple Storage Service', 'APN2-TimedStorage-ByteHrs', 'ap-northeast-2', 1.1),
       ('AmazonCloudWatch', 'APN2-DataProcessing-Bytes', 'ap-northeast-2', 2.1), ('Amazon DynamoDB', 'APN2-PayPerRequestThroughput', 'ap-northeast-2', 2.3)
     ) s(service, usage_type, region, daily)`,
    [addDaysTo(lastDay, -(DAYS - 1)), lastDay],
  )
  await client.query('ANALYZE')
}

async function counts(client: pg.Client): Promise<Record<string, number>> {
  const tables = ['lambda_function', 'function_metric_daily', 'function_metric_hourly', 'function_cost_daily', 'cost_line_item']
  const result: Record<string, number> = {}
  for (const table of tables) result[table] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n
  return result
}

async function measure(url: string | ((i: number) => string), times: number): Promise<number[]> {
  const durations: number[] = []
  for (let i = 0; i < times; i++) {
    const target = typeof url === 'string' ? url : url(i)
    const started = performance.now()
    const response = await fetch(target)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${target} answered ${response.status}`)
    durations.push(performance.now() - started)
  }
  return durations
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function report(label: string, values: number[], baseline?: number[]) {
  const median = percentile(values, 50)
  const ratio = baseline ? ` (${(median / percentile(baseline, 50)).toFixed(1)}× the baseline median)` : ''
  console.log(`${label}: median ${median.toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms over ${values.length} requests${ratio}`)
}
