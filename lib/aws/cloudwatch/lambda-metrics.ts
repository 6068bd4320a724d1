// The AWS/Lambda metrics stored per function and period (the data model's MetricRecord), each with the
// statistic that gives its meaning: counts are sums, maxima are maxima, p99 is CloudWatch's percentile.
import 'server-only'
import type { MetricValues } from '@/lib/domain/metrics'

export type MetricSpec = { field: keyof MetricValues; metricName: string; stat: 'Sum' | 'Maximum' | 'p99' }

export const LAMBDA_METRICS: readonly MetricSpec[] = [
  { field: 'invocations', metricName: 'Invocations', stat: 'Sum' },
  { field: 'errors', metricName: 'Errors', stat: 'Sum' },
  { field: 'throttles', metricName: 'Throttles', stat: 'Sum' },
  { field: 'durationSumMs', metricName: 'Duration', stat: 'Sum' },
  { field: 'durationMaxMs', metricName: 'Duration', stat: 'Maximum' },
  { field: 'durationP99Ms', metricName: 'Duration', stat: 'p99' },
  { field: 'concurrentExecutionsMax', metricName: 'ConcurrentExecutions', stat: 'Maximum' },
  { field: 'provisionedConcurrencyInvocations', metricName: 'ProvisionedConcurrencyInvocations', stat: 'Sum' },
  {
    field: 'provisionedConcurrencySpilloverInvocations',
    metricName: 'ProvisionedConcurrencySpilloverInvocations',
    stat: 'Sum',
  },
  { field: 'provisionedConcurrentExecutionsMax', metricName: 'ProvisionedConcurrentExecutions', stat: 'Maximum' },
  { field: 'provisionedConcurrencyUtilizationMax', metricName: 'ProvisionedConcurrencyUtilization', stat: 'Maximum' },
  { field: 'asyncEventsReceived', metricName: 'AsyncEventsReceived', stat: 'Sum' },
  { field: 'asyncEventsDropped', metricName: 'AsyncEventsDropped', stat: 'Sum' },
]

/** GetMetricData takes at most 500 queries per call. */
export const MAX_QUERIES_PER_CALL = 500
export const FUNCTIONS_PER_CALL = Math.floor(MAX_QUERIES_PER_CALL / LAMBDA_METRICS.length)

/** Query ids must start with a lowercase letter and hold only letters, digits and underscores. */
export function queryId(functionIndex: number, metricIndex: number): string {
  return `f${functionIndex}_m${metricIndex}`
}

export function parseQueryId(id: string): { functionIndex: number; metricIndex: number } | null {
  const match = /^f(\d+)_m(\d+)$/.exec(id)
  if (!match) return null
  const metricIndex = Number(match[2])
  return metricIndex < LAMBDA_METRICS.length ? { functionIndex: Number(match[1]), metricIndex } : null
}
