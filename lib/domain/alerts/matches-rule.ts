// Which incidents an alert rule sends: its kinds (none listed = all; an incident matches when its root cause or a
// symptom is of one of them), a minimum severity, an optional minimum amount (the measured extra cost, or for a
// configuration risk its worst-case exposure), and an optional account or function scope.
import { severityAtLeast } from '@/lib/domain/anomalies/severity'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { Decimal, toDecimal } from '@/lib/domain/money'

export type AlertRuleCriteria = {
  kinds: string[]
  minSeverity: Severity
  minImpactUsd: string | null
  accountId: string | null
  functionId: number | null
}

export type AlertableIncident = {
  kinds: AnomalyKind[]
  severity: Severity
  extraCostUsd: string
  exposureUsd: string | null
  accountId: string
  functionIds: number[]
}

export function matchesRule(rule: AlertRuleCriteria, incident: AlertableIncident): boolean {
  if (rule.kinds.length > 0 && !incident.kinds.some((kind) => rule.kinds.includes(kind))) return false
  if (!severityAtLeast(incident.severity, rule.minSeverity)) return false
  if (
    rule.minImpactUsd !== null &&
    Decimal.max(toDecimal(incident.extraCostUsd), toDecimal(incident.exposureUsd ?? '0')).lt(
      toDecimal(rule.minImpactUsd),
    )
  )
    return false
  if (rule.accountId !== null && incident.accountId !== rule.accountId) return false
  return rule.functionId === null || incident.functionIds.includes(rule.functionId)
}
