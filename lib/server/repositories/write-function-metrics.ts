import 'server-only'
import type { MetricRecord } from '@/lib/domain/metrics'
import { type Column, type SqlExecutor, bulkInsert, upsertOn } from './bulk-write'

export type DailyMetricRow = MetricRecord & { functionId: number; day: string; runId?: string | null }
export type HourlyMetricRow = MetricRecord & { functionId: number; hour: Date; runId?: string | null }

function metricColumns<Row extends MetricRecord & { runId?: string | null }>(): Column<Row>[] {
  return [
    { name: 'invocations', type: 'float8', value: (r) => r.invocations },
    { name: 'errors', type: 'float8', value: (r) => r.errors },
    { name: 'throttles', type: 'float8', value: (r) => r.throttles },
    { name: 'duration_sum_ms', type: 'float8', value: (r) => r.durationSumMs },
    { name: 'duration_avg_ms', type: 'float8', value: (r) => r.durationAvgMs },
    { name: 'duration_max_ms', type: 'float8', value: (r) => r.durationMaxMs },
    { name: 'duration_p99_ms', type: 'float8', value: (r) => r.durationP99Ms },
    { name: 'concurrent_executions_max', type: 'float8', value: (r) => r.concurrentExecutionsMax },
    { name: 'provisioned_concurrency_invocations', type: 'float8', value: (r) => r.provisionedConcurrencyInvocations },
    {
      name: 'provisioned_concurrency_spillover_invocations',
      type: 'float8',
      value: (r) => r.provisionedConcurrencySpilloverInvocations,
    },
    {
      name: 'provisioned_concurrent_executions_max',
      type: 'float8',
      value: (r) => r.provisionedConcurrentExecutionsMax,
    },
    {
      name: 'provisioned_concurrency_utilization_max',
      type: 'float8',
      value: (r) => r.provisionedConcurrencyUtilizationMax,
    },
    { name: 'async_events_received', type: 'float8', value: (r) => r.asyncEventsReceived },
    { name: 'async_events_dropped', type: 'float8', value: (r) => r.asyncEventsDropped },
    { name: 'run_id', type: 'uuid', value: (r) => r.runId ?? null },
  ]
}

export const dailyColumns: Column<DailyMetricRow>[] = [
  { name: 'function_id', type: 'int4', value: (r) => r.functionId },
  { name: 'day', type: 'date', value: (r) => r.day },
  ...metricColumns<DailyMetricRow>(),
]

export const hourlyColumns: Column<HourlyMetricRow>[] = [
  { name: 'function_id', type: 'int4', value: (r) => r.functionId },
  { name: 'hour', type: 'timestamptz', value: (r) => r.hour },
  ...metricColumns<HourlyMetricRow>(),
]

export function upsertDailyMetrics(db: SqlExecutor, rows: DailyMetricRow[]) {
  return bulkInsert(db, 'function_metric_daily', dailyColumns, rows, upsertOn(['function_id', 'day'], dailyColumns))
}

export function upsertHourlyMetrics(db: SqlExecutor, rows: HourlyMetricRow[]) {
  return bulkInsert(db, 'function_metric_hourly', hourlyColumns, rows, upsertOn(['function_id', 'hour'], hourlyColumns))
}
