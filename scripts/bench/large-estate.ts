// One generator of a large Lambda estate for the read benchmarks (bench:overview, bench:pages): N functions in two
// accounts and two regions, daily metrics and cost estimates for every day of the window, hourly metrics for the
// last 14 days, Cost Explorer lines for every day, keep-warm budgets and measured pings for one function in 20,
// a configuration change (memory) for one function in 10 in the last month. Everything is written by
// generate_series inside PostgreSQL (no row crosses the wire), so 20,000 functions × 400 days take minutes, not
// hours. Each day's estimate is its meters' exact sum, so the change decomposition explains every function as it
// would on real data (no "not explained" shortcut).
import type pg from 'pg'
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'

export type LargeEstate = { functions: number; days: number; hourlyDays: number; lastDay: IsoDay }

export async function generateLargeEstate(client: pg.Client, estate: LargeEstate): Promise<void> {
  const firstDay = addDaysTo(estate.lastDay, -(estate.days - 1))
  const changeDay = addDaysTo(estate.lastDay, -20)
  await client.query(
    `INSERT INTO region (code, name, billing_prefix) VALUES ('us-east-1','US East (N. Virginia)','USE1'), ('ap-northeast-2','Asia Pacific (Seoul)','APN2') ON CONFLICT DO NOTHING`,
  )
  await client.query(
    `INSERT INTO aws_account (id, name) VALUES ('111111111111', 'bench-a'), ('222222222222', 'bench-b')`,
  )
  await client.query(
    `INSERT INTO lambda_function (account_id, region, name, arn)
     SELECT a, r, 'fn-' || i, 'arn:aws:lambda:' || r || ':' || a || ':function:fn-' || i
     FROM generate_series(1, $1) i
     CROSS JOIN LATERAL (SELECT CASE WHEN i % 2 = 0 THEN '111111111111' ELSE '222222222222' END AS a,
                                CASE WHEN i % 3 = 0 THEN 'us-east-1' ELSE 'ap-northeast-2' END AS r) s`,
    [estate.functions],
  )
  await client.query(
    `INSERT INTO function_config_snapshot (function_id, valid_from, memory_mb, architecture, timeout_seconds, config_hash)
     SELECT id, $1::timestamptz, (ARRAY[128, 256, 512, 1024, 2048])[1 + id % 5], CASE WHEN id % 2 = 0 THEN 'arm64' ELSE 'x86_64' END, 30, md5(id::text)
     FROM lambda_function`,
    [`${firstDay}T00:00:00Z`],
  )
  // A memory change for one function in ten, so the decomposition has memory parts and the rollups two configurations in a month.
  await client.query(
    `INSERT INTO function_config_snapshot (function_id, valid_from, memory_mb, architecture, timeout_seconds, config_hash)
     SELECT id, $1::timestamptz, 2 * (ARRAY[128, 256, 512, 1024, 2048])[1 + id % 5], CASE WHEN id % 2 = 0 THEN 'arm64' ELSE 'x86_64' END, 30, md5(id::text || 'b')
     FROM lambda_function WHERE id % 10 = 0`,
    [`${changeDay}T00:00:00Z`],
  )
  await client.query(
    `INSERT INTO function_metric_daily (function_id, day, invocations, errors, throttles, duration_sum_ms, duration_avg_ms, duration_max_ms, duration_p99_ms, concurrent_executions_max)
     SELECT f.id, d::date, inv, floor(inv * 0.001), 0, inv * avg_ms, avg_ms, avg_ms * 4, avg_ms * 3, 1 + (f.id % 7)
     FROM lambda_function f
     CROSS JOIN generate_series($1::date, $2::date, interval '1 day') d
     CROSS JOIN LATERAL (SELECT (100 + (f.id * 37 + extract(doy FROM d)::int * 13) % 50000)::float8 AS inv, (20 + f.id % 900)::float8 AS avg_ms) v`,
    [firstDay, estate.lastDay],
  )
  await client.query(
    `INSERT INTO function_metric_hourly (function_id, hour, invocations, errors, duration_sum_ms, duration_avg_ms)
     SELECT f.id, h, 10 + f.id % 500, 0, (10 + f.id % 500) * 50.0, 50
     FROM lambda_function f CROSS JOIN generate_series($1::timestamptz, $2::timestamptz, interval '1 hour') h`,
    [`${addDaysTo(estate.lastDay, -(estate.hourlyDays - 1))}T00:00:00Z`, `${estate.lastDay}T23:00:00Z`],
  )
  // Each day's estimate at a flat list price, its total the exact sum of its meters (as the real estimate's is).
  await client.query(
    `INSERT INTO function_cost_daily (function_id, day, requests, gb_seconds, request_cost_usd, duration_cost_usd, provisioned_cost_usd, storage_cost_usd, cost_usd, rate_card_version)
     SELECT m.function_id, m.day, m.invocations, gbs, m.invocations * 0.0000002, round(gbs * 0.0000166667, 10), 0, 0, m.invocations * 0.0000002 + round(gbs * 0.0000166667, 10), 'bench'
     FROM function_metric_daily m
     CROSS JOIN LATERAL (SELECT s.memory_mb FROM function_config_snapshot s WHERE s.function_id = m.function_id AND s.valid_from < ((m.day + 1)::timestamp AT TIME ZONE 'UTC')
                         ORDER BY s.valid_from DESC LIMIT 1) c
     CROSS JOIN LATERAL (SELECT round((m.duration_sum_ms / 1000 * c.memory_mb / 1024)::numeric, 6) AS gbs) g`,
  )
  await client.query(
    `INSERT INTO keep_warm_budget (function_id, interval_minutes, concurrency, ping_duration_ms)
     SELECT id, 5, 1, 50 FROM lambda_function WHERE id % 20 = 0`,
  )
  await client.query(
    `INSERT INTO keep_warm_daily (function_id, day, scheduled_pings, ping_attempts, failed_ping_attempts, real_invocations, ping_duration_ms, duration_source, ping_gb_seconds, ping_cost_usd, schedule_source)
     SELECT b.function_id, d::date, 288, 288, 0, 1000, 50, 'measured', 1.8, 0.00003, 'budget'
     FROM keep_warm_budget b CROSS JOIN generate_series($1::date, $2::date, interval '1 day') d`,
    [firstDay, estate.lastDay],
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
    [firstDay, estate.lastDay],
  )
  await client.query('ANALYZE')
}

export const ESTATE_TABLES = [
  'lambda_function',
  'function_config_snapshot',
  'function_metric_daily',
  'function_metric_hourly',
  'function_cost_daily',
  'keep_warm_daily',
  'cost_line_item',
] as const

export async function estateCounts(client: pg.Client): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const table of ESTATE_TABLES)
    result[table] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n
  return result
}
