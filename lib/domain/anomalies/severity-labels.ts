// How severities read, in one casing everywhere (pages, alert messages), and the numbers of the sentence that says
// what drives them, taken from the thresholds themselves so the two cannot drift apart.
import { SEVERITY_RULE } from './severity'
import type { Severity } from './types'

const LABELS: Record<Severity, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' }

export function severityLabel(severity: Severity): string {
  return LABELS[severity]
}

const { critical, high, medium, mediumFailureShare, mediumExposureUsd } = SEVERITY_RULE

/** The thresholds the sentence on the Anomalies page quotes (messages: anomalies.list.severityRule), from the rule itself. */
export const SEVERITY_RULE_VALUES = {
  criticalUsd: critical.usd,
  criticalOrUsd: critical.orUsd,
  criticalRatio: critical.atRatio,
  highUsd: high.usd,
  highOrUsd: high.orUsd,
  highRatio: high.atRatio,
  mediumUsd: medium.usd,
  mediumRatio: medium.atRatio,
  failureShare: mediumFailureShare * 100,
  exposureUsd: mediumExposureUsd,
} as const
