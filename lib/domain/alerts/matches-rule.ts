// Which anomalies an alert rule sends: its kinds (none listed = all), a minimum severity, an optional
// minimum dollar impact, and an optional account or function scope.
import { severityAtLeast } from '@/lib/domain/anomalies/severity'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { toDecimal } from '@/lib/domain/money'

export type AlertRuleCriteria = { kinds: string[]; minSeverity: Severity; minImpactUsd: string | null; accountId: string | null; functionId: number | null }

export type AlertableAnomaly = { kind: AnomalyKind; severity: Severity; impactUsd: string; accountId: string; functionId: number | null }

export function matchesRule(rule: AlertRuleCriteria, anomaly: AlertableAnomaly): boolean {
  if (rule.kinds.length > 0 && !rule.kinds.includes(anomaly.kind)) return false
  if (!severityAtLeast(anomaly.severity, rule.minSeverity)) return false
  if (rule.minImpactUsd !== null && toDecimal(anomaly.impactUsd).lt(toDecimal(rule.minImpactUsd))) return false
  if (rule.accountId !== null && anomaly.accountId !== rule.accountId) return false
  return rule.functionId === null || anomaly.functionId === rule.functionId
}
