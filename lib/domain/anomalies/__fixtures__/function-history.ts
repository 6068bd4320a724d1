// A function's history built day by day for detector tests: one configuration, daily metrics from a function of
// the day, no hourly data. Costs follow from the metrics through the detectors' own pricing.
import { type IsoDay, eachDay } from '@/lib/domain/calendar'
import { type MetricValues, emptyMetrics } from '@/lib/domain/metrics'
import type { FunctionHistory, HistoryConfig } from '@/lib/domain/functions/function-history'

export const TEST_CONFIG: HistoryConfig = {
  validFrom: '2026-01-01T00:00:00.000Z',
  memoryMb: 1024,
  architecture: 'x86_64',
  timeoutSeconds: 30,
  maxRetryAttempts: 0,
  hasFailureDestination: false,
  provisionedConcurrency: 0,
  reservedConcurrency: null,
  ephemeralStorageMb: 512,
  packageType: 'Zip',
}

export function dailyHistory(
  from: IsoDay,
  to: IsoDay,
  metricsOf: (day: IsoDay) => Partial<MetricValues>,
): FunctionHistory {
  return {
    key: 'arn:aws:lambda:us-east-1:123456789012:function:test',
    accountId: '123456789012',
    region: 'us-east-1',
    name: 'test',
    configs: [{ ...TEST_CONFIG, validFrom: `${from}T00:00:00.000Z` }],
    daily: eachDay(from, to).map((day) => ({ ...emptyMetrics(), ...metricsOf(day), day })),
    hourly: [],
    budget: null,
  }
}
