// How severities read, in one casing everywhere (pages, alert messages), and the sentence that says what drives
// them, written from the thresholds themselves so the two cannot drift apart.
import { SEVERITY_RULE } from './severity'
import type { Severity } from './types'

const LABELS: Record<Severity, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' }

export function severityLabel(severity: Severity): string {
  return LABELS[severity]
}

const { critical, high, medium, mediumFailureShare, mediumExposureUsd } = SEVERITY_RULE

export const SEVERITY_EXPLANATION =
  `Severity is the measured extra cost: Critical from $${critical.usd} (or $${critical.orUsd} at ${critical.atRatio}× the usual), ` +
  `High from $${high.usd} (or $${high.orUsd} at ${high.atRatio}×), Medium from $${medium.usd} (or ${medium.atRatio}× the usual), else Low. ` +
  `What has not cost money is Medium at most: failures or throttling of ${mediumFailureShare * 100}% of requests or more, ` +
  `a configuration risk whose worst case is $${mediumExposureUsd} a month or more above its recent cost. An incident is as severe as its worst anomaly.`
