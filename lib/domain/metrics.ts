// The CloudWatch AWS/Lambda metrics kept per function and period (hour or day). Counts are sums over the
// period; durations are milliseconds; maxima are the period's maximum; values are doubles as CloudWatch
// returns them.
export type MetricValues = {
  invocations: number
  errors: number
  throttles: number
  durationSumMs: number
  durationMaxMs: number | null
  durationP99Ms: number | null
  concurrentExecutionsMax: number | null
  provisionedConcurrencyInvocations: number
  provisionedConcurrencySpilloverInvocations: number
  provisionedConcurrentExecutionsMax: number | null
  provisionedConcurrencyUtilizationMax: number | null
  asyncEventsReceived: number
  asyncEventsDropped: number
}

export type MetricRecord = MetricValues & { durationAvgMs: number | null }

export function emptyMetrics(): MetricValues {
  return {
    invocations: 0,
    errors: 0,
    throttles: 0,
    durationSumMs: 0,
    durationMaxMs: null,
    durationP99Ms: null,
    concurrentExecutionsMax: null,
    provisionedConcurrencyInvocations: 0,
    provisionedConcurrencySpilloverInvocations: 0,
    provisionedConcurrentExecutionsMax: null,
    provisionedConcurrencyUtilizationMax: null,
    asyncEventsReceived: 0,
    asyncEventsDropped: 0,
  }
}

export function averageDuration(metrics: MetricValues): number | null {
  return metrics.invocations > 0 ? Math.round((metrics.durationSumMs / metrics.invocations) * 100) / 100 : null
}
