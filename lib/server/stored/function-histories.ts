// Reads functions as the detectors and the keep-warm split take them: configuration timeline, daily and
// hourly metrics in a window, and the keep-warm budget. Shared by the derived-data jobs and the queries.
import 'server-only'
import { parseArchitecture, parsePackageType } from '@/lib/domain/functions/function-config'
import type { FunctionHistory, HistoryConfig } from '@/lib/domain/functions/function-history'
import { type IsoDay, addDaysTo, dateToDay } from '@/lib/domain/calendar'
import type { MetricValues } from '@/lib/domain/metrics'
import type { Db } from '@/lib/server/db/prisma'

export type Executor = Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>

const METRIC_COLUMNS = `invocations, errors, throttles, duration_sum_ms, duration_max_ms, duration_p99_ms, concurrent_executions_max,
  provisioned_concurrency_invocations, provisioned_concurrency_spillover_invocations, provisioned_concurrent_executions_max,
  provisioned_concurrency_utilization_max, async_events_received, async_events_dropped`

type MetricRow = {
  function_id: number
  invocations: number
  errors: number
  throttles: number
  duration_sum_ms: number
  duration_max_ms: number | null
  duration_p99_ms: number | null
  concurrent_executions_max: number | null
  provisioned_concurrency_invocations: number
  provisioned_concurrency_spillover_invocations: number
  provisioned_concurrent_executions_max: number | null
  provisioned_concurrency_utilization_max: number | null
  async_events_received: number
  async_events_dropped: number
}

function metricsOf(row: MetricRow): MetricValues {
  return {
    invocations: row.invocations,
    errors: row.errors,
    throttles: row.throttles,
    durationSumMs: row.duration_sum_ms,
    durationMaxMs: row.duration_max_ms,
    durationP99Ms: row.duration_p99_ms,
    concurrentExecutionsMax: row.concurrent_executions_max,
    provisionedConcurrencyInvocations: row.provisioned_concurrency_invocations,
    provisionedConcurrencySpilloverInvocations: row.provisioned_concurrency_spillover_invocations,
    provisionedConcurrentExecutionsMax: row.provisioned_concurrent_executions_max,
    provisionedConcurrencyUtilizationMax: row.provisioned_concurrency_utilization_max,
    asyncEventsReceived: row.async_events_received,
    asyncEventsDropped: row.async_events_dropped,
  }
}

/** The first whole UTC day from which hourly metrics are kept (CloudWatch-style: the most recent days). */
export async function hourlyCoverageFrom(db: Executor): Promise<IsoDay | null> {
  const [row] = await db.$queryRawUnsafe<{ first: Date | null }[]>(
    'SELECT min(hour) AS first FROM function_metric_hourly',
  )
  if (!row?.first) return null
  const day = dateToDay(row.first)
  return row.first.getUTCHours() === 0 ? day : addDaysTo(day, 1)
}

export async function functionIdsIn(db: Executor, functionIds?: number[]): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    'SELECT id FROM lambda_function WHERE ($1::int4[] IS NULL OR id = ANY($1::int4[])) ORDER BY id',
    functionIds ?? null,
  )
  return rows.map((row) => row.id)
}

/** Histories keyed by function id (as a string), with daily metrics from `from` to `to` and hourly metrics from `hourlyFrom`. */
export async function loadFunctionHistories(
  db: Executor,
  ids: number[],
  window: { from: IsoDay; to: IsoDay; hourlyFrom: IsoDay | null },
): Promise<FunctionHistory[]> {
  if (ids.length === 0) return []
  const end = `${addDaysTo(window.to, 1)}T00:00:00.000Z`
  const [functions, configs, daily, hourly, budgets] = await Promise.all([
    db.$queryRawUnsafe<{ id: number; account_id: string; region: string; name: string }[]>(
      'SELECT id, account_id, region, name FROM lambda_function WHERE id = ANY($1::int4[]) ORDER BY id',
      ids,
    ),
    db.$queryRawUnsafe<
      {
        function_id: number
        valid_from: Date
        memory_mb: number
        architecture: string
        timeout_seconds: number
        max_retry_attempts: number
        has_failure_destination: boolean
        provisioned_concurrency: number
        reserved_concurrency: number | null
        ephemeral_storage_mb: number
        package_type: string
      }[]
    >(
      `SELECT function_id, valid_from, memory_mb, architecture, timeout_seconds, max_retry_attempts, has_failure_destination, provisioned_concurrency,
              reserved_concurrency, ephemeral_storage_mb, package_type
       FROM function_config_snapshot WHERE function_id = ANY($1::int4[]) ORDER BY function_id, valid_from`,
      ids,
    ),
    db.$queryRawUnsafe<(MetricRow & { day: Date })[]>(
      `SELECT function_id, day, ${METRIC_COLUMNS} FROM function_metric_daily WHERE function_id = ANY($1::int4[]) AND day BETWEEN $2::date AND $3::date ORDER BY function_id, day`,
      ids,
      window.from,
      window.to,
    ),
    window.hourlyFrom && window.hourlyFrom <= window.to
      ? db.$queryRawUnsafe<(MetricRow & { hour: Date })[]>(
          `SELECT function_id, hour, ${METRIC_COLUMNS} FROM function_metric_hourly WHERE function_id = ANY($1::int4[]) AND hour >= $2::timestamptz AND hour < $3::timestamptz ORDER BY function_id, hour`,
          ids,
          `${window.hourlyFrom}T00:00:00.000Z`,
          end,
        )
      : Promise.resolve([]),
    db.$queryRawUnsafe<
      {
        function_id: number
        interval_minutes: number
        concurrency: number
        ping_duration_ms: number
        memory_mb: number | null
      }[]
    >(
      'SELECT function_id, interval_minutes, concurrency, ping_duration_ms, memory_mb FROM keep_warm_budget WHERE function_id = ANY($1::int4[])',
      ids,
    ),
  ])
  const histories = new Map<number, FunctionHistory>(
    functions.map((fn) => [
      fn.id,
      {
        key: String(fn.id),
        accountId: fn.account_id,
        region: fn.region,
        name: fn.name,
        configs: [],
        daily: [],
        hourly: [],
        budget: null,
      },
    ]),
  )
  for (const row of configs) histories.get(row.function_id)?.configs.push(configOf(row))
  for (const row of daily) histories.get(row.function_id)?.daily.push({ day: dateToDay(row.day), ...metricsOf(row) })
  for (const row of hourly)
    histories.get(row.function_id)?.hourly.push({ hour: row.hour.toISOString(), ...metricsOf(row) })
  for (const row of budgets) {
    const history = histories.get(row.function_id)
    if (history)
      history.budget = {
        intervalMinutes: row.interval_minutes,
        concurrency: row.concurrency,
        pingDurationMs: row.ping_duration_ms,
        memoryMb: row.memory_mb,
      }
  }
  return [...histories.values()]
}

function configOf(row: {
  valid_from: Date
  memory_mb: number
  architecture: string
  timeout_seconds: number
  max_retry_attempts: number
  has_failure_destination: boolean
  provisioned_concurrency: number
  reserved_concurrency: number | null
  ephemeral_storage_mb: number
  package_type: string
}): HistoryConfig {
  return {
    validFrom: row.valid_from.toISOString(),
    memoryMb: row.memory_mb,
    architecture: parseArchitecture(row.architecture),
    timeoutSeconds: row.timeout_seconds,
    maxRetryAttempts: row.max_retry_attempts,
    hasFailureDestination: row.has_failure_destination,
    provisionedConcurrency: row.provisioned_concurrency,
    reservedConcurrency: row.reserved_concurrency,
    ephemeralStorageMb: row.ephemeral_storage_mb,
    packageType: parsePackageType(row.package_type),
  }
}

/** Splits ids into chunks so a large account is processed a slice at a time. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size))
  return result
}
