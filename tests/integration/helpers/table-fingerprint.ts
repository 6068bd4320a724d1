// The observable content of the fact tables, without bookkeeping columns (run ids, timestamps of writes), so
// two databases (or one before and after a re-run) can be compared exactly.
import type { Db } from '../../../lib/server/db/prisma'

const TABLES = {
  aws_account: `SELECT id, name, is_demo FROM aws_account`,
  cost_line_item: `SELECT day, account_id, service, usage_type, region, record_type, unblended_cost, amortized_cost, usage_quantity, usage_unit, currency, estimated, source FROM cost_line_item`,
  lambda_function: `SELECT account_id, region, name, arn, deleted_at IS NOT NULL AS deleted FROM lambda_function`,
  function_config_snapshot: `SELECT f.name, s.valid_from, s.memory_mb, s.architecture, s.timeout_seconds, s.runtime, s.package_type, s.ephemeral_storage_mb, s.max_retry_attempts,
      s.max_event_age_seconds, s.provisioned_concurrency, s.reserved_concurrency, s.has_failure_destination, s.config_hash
    FROM function_config_snapshot s JOIN lambda_function f ON f.id = s.function_id`,
  function_metric_daily: `SELECT f.name, m.day, m.invocations, m.errors, m.throttles, m.duration_sum_ms, m.duration_avg_ms, m.duration_max_ms, m.duration_p99_ms, m.concurrent_executions_max,
      m.provisioned_concurrency_invocations, m.provisioned_concurrency_spillover_invocations, m.provisioned_concurrent_executions_max, m.provisioned_concurrency_utilization_max,
      m.async_events_received, m.async_events_dropped
    FROM function_metric_daily m JOIN lambda_function f ON f.id = m.function_id`,
  function_metric_hourly: `SELECT f.name, m.hour, m.invocations, m.errors, m.duration_sum_ms, m.duration_p99_ms, m.concurrent_executions_max FROM function_metric_hourly m JOIN lambda_function f ON f.id = m.function_id`,
  function_cost_daily: `SELECT f.name, c.day, c.requests, c.gb_seconds, c.cost_usd FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id`,
} as const

export type Fingerprint = Record<keyof typeof TABLES, { rows: number; digest: string }>

export async function fingerprint(db: Db): Promise<Fingerprint> {
  const result = {} as Fingerprint
  for (const [table, select] of Object.entries(TABLES) as [keyof typeof TABLES, string][]) {
    const [row] = await db.$queryRawUnsafe<{ rows: number; digest: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM (${select}) t`,
    )
    result[table] = { rows: row!.rows, digest: row!.digest ?? '' }
  }
  return result
}

export async function sumOf(db: Db, sql: string): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ total: string | null }[]>(sql)
  return row!.total ?? '0'
}
