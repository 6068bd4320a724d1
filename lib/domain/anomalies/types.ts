// What the detectors read (one function's configuration, metrics and budget; or one usage type's daily cost)
// and what they produce: an anomaly with its scope, period, severity, dollar impact, a one-sentence
// explanation and the numbers behind it.
import type { IsoDay } from '@/lib/domain/calendar'
import type { MetricValues } from '@/lib/domain/metrics'
import type { Decimal } from '@/lib/domain/money'
import type { Architecture } from '@/lib/domain/pricing/types'

export const ANOMALY_KINDS = [
  'retry_amplification',
  'timeout_amplification',
  'warmup_budget_overrun',
  'cost_spike',
  'error_spike',
  'throttle_spike',
  'duration_exceeds_wall_clock',
  'config_risk',
] as const
export type AnomalyKind = (typeof ANOMALY_KINDS)[number]

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

export type Evidence = Record<string, string | number | boolean | null>

/** A function's configuration from `validFrom` (ISO timestamp) until the next one. */
export type FunctionConfig = {
  validFrom: string
  memoryMb: number
  architecture: Architecture
  timeoutSeconds: number
  maxRetryAttempts: number
  hasFailureDestination: boolean
  provisionedConcurrency: number
  reservedConcurrency: number | null
  ephemeralStorageMb: number
  packageType: 'Zip' | 'Image'
}

export type KeepWarmBudgetInput = { intervalMinutes: number; concurrency: number; pingDurationMs: number; memoryMb: number | null }

export type DailyMetrics = MetricValues & { day: IsoDay }
export type HourlyMetrics = MetricValues & { hour: string }

/** One function as stored: configuration timeline (oldest first), daily and hourly metrics (sparse: days without invocations may be missing). */
export type FunctionHistory = {
  key: string
  accountId: string
  region: string
  name: string
  configs: FunctionConfig[]
  daily: DailyMetrics[]
  hourly: HourlyMetrics[]
  budget: KeepWarmBudgetInput | null
}

/** Detect over [from, to]; hourly metrics are complete from `hourlyFrom` (a UTC day) on, when known. */
export type DetectionWindow = { from: IsoDay; to: IsoDay; hourlyFrom: IsoDay | null }

export type AnomalyScope = {
  accountId: string
  region: string | null
  functionKey: string | null
  functionName: string | null
  service: string | null
  usageType: string | null
}

export type DetectedAnomaly = AnomalyScope & {
  kind: AnomalyKind
  /** Stable across re-runs: kind, scope and the first day of the episode. */
  fingerprint: string
  /** ISO instants; `periodEnd` is exclusive (the end of the last hour or day). */
  periodStart: string
  periodEnd: string
  severity: Severity
  /** Actual minus expected, at list price, unrounded. */
  impactUsd: Decimal
  explanation: string
  evidence: Evidence
}
