// Severity is money already spent: the measured extra cost, in dollars and as a multiple of the usual (a $1
// function that went to $12 is as worth a look as a $300 one, while a large absolute excess is severe however big
// the function already was). What has not cost money yet is at most medium: failures and throttling (their share
// of requests makes them medium) and configuration risks (their worst-case exposure does). SEVERITY_RULE holds
// every threshold, so the sentence the page shows (severity-labels.ts) is the rule itself.
import type { Decimal } from '@/lib/domain/money'
import { SEVERITIES, type Severity } from './types'

export const SEVERITY_RULE = {
  critical: { usd: 100, orUsd: 10, atRatio: 10 },
  high: { usd: 20, orUsd: 1, atRatio: 5 },
  medium: { usd: 2, atRatio: 2 },
  /** Failures or throttling of at least this share of requests are medium without costing anything. */
  mediumFailureShare: 0.05,
  /** A configuration risk whose worst case is at least this much a month above its recent cost is medium. */
  mediumExposureUsd: 50,
} as const

/** Measured extra cost and its ratio to the expected cost (null: nothing was expected, an infinite ratio). */
export function costSeverity(impactUsd: Decimal, ratio: number | null): Severity {
  const usd = impactUsd.toNumber()
  const r = ratio ?? Number.POSITIVE_INFINITY
  const { critical, high, medium } = SEVERITY_RULE
  if (usd >= critical.usd || (r >= critical.atRatio && usd >= critical.orUsd)) return 'critical'
  if (usd >= high.usd || (r >= high.atRatio && usd >= high.orUsd)) return 'high'
  if (usd >= medium.usd || r >= medium.atRatio) return 'medium'
  return 'low'
}

/**
 * Failed or throttled requests: their extra cost in dollars (no ratio: nothing was expected to fail), raised to
 * medium at most by the share of requests affected. A 34% error spike that cost $0.01 is medium, not high.
 */
export function failureSeverity(share: number, extraCostUsd: Decimal): Severity {
  const byShare = share >= SEVERITY_RULE.mediumFailureShare ? 'medium' : 'low'
  const usd = extraCostUsd.toNumber()
  const { critical, high, medium } = SEVERITY_RULE
  const byCost: Severity =
    usd >= critical.usd ? 'critical' : usd >= high.usd ? 'high' : usd >= medium.usd ? 'medium' : 'low'
  return maxSeverity(byShare, byCost)
}

/** A configuration risk has cost nothing yet: medium at most, by its worst-case monthly exposure. */
export function riskSeverity(exposureUsd: Decimal): Severity {
  return exposureUsd.gte(SEVERITY_RULE.mediumExposureUsd) ? 'medium' : 'low'
}

export function maxSeverity(...severities: Severity[]): Severity {
  return severities.reduce(
    (worst, next) => (SEVERITIES.indexOf(next) > SEVERITIES.indexOf(worst) ? next : worst),
    'low',
  )
}

export function severityAtLeast(severity: Severity, minimum: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(minimum)
}
