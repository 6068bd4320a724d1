// What the detectors produce: an anomaly with its scope, period, severity, dollar impact, a one-sentence
// explanation and the numbers behind it. They read a FunctionHistory (lib/domain/functions) or one usage
// type's daily cost.
import type { IsoDay } from '@/lib/domain/calendar'
import type { Decimal } from '@/lib/domain/money'

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
  /** Measured extra cost: actual minus expected, at list price, unrounded (zero for a configuration risk). */
  impactUsd: Decimal
  /** A configuration risk's worst-case exposure: its worst month above its recent cost (null for measured kinds). */
  exposureUsd: Decimal | null
  explanation: string
  evidence: Evidence
}
