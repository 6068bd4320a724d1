// One function as stored, as the detectors, the keep-warm split and the function page read it: its
// configuration timeline, its daily and hourly metrics, and its keep-warm budget.
import type { IsoDay } from '@/lib/domain/calendar'
import type { MetricValues } from '@/lib/domain/metrics'
import type { ConfigSnapshot } from './function-config'

/** The part of a configuration the history's readers use. */
export type HistoryConfig = ConfigSnapshot<
  | 'memoryMb'
  | 'architecture'
  | 'timeoutSeconds'
  | 'maxRetryAttempts'
  | 'hasFailureDestination'
  | 'provisionedConcurrency'
  | 'reservedConcurrency'
  | 'ephemeralStorageMb'
  | 'packageType'
>

export type KeepWarmBudgetInput = {
  intervalMinutes: number
  concurrency: number
  pingDurationMs: number
  memoryMb: number | null
}

export type DailyMetrics = MetricValues & { day: IsoDay }
export type HourlyMetrics = MetricValues & { hour: string }

/** Configuration timeline (oldest first), daily and hourly metrics (sparse: days without invocations may be missing). */
export type FunctionHistory = {
  key: string
  accountId: string
  region: string
  name: string
  configs: HistoryConfig[]
  daily: DailyMetrics[]
  hourly: HourlyMetrics[]
  budget: KeepWarmBudgetInput | null
}
