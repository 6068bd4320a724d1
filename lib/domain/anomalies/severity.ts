// Severity from money and from proportion: a $1 function that went to $12 is as worth a look as a $300 one
// (relative thresholds), while a large absolute excess is severe however big the function already was.
import type { Decimal } from '@/lib/domain/money'
import { SEVERITIES, type Severity } from './types'

export function costSeverity(impactUsd: Decimal, ratio: number | null): Severity {
  const usd = impactUsd.toNumber()
  const r = ratio ?? Number.POSITIVE_INFINITY
  if (usd >= 100 || (r >= 10 && usd >= 10)) return 'critical'
  if (usd >= 20 || (r >= 5 && usd >= 1)) return 'high'
  if (usd >= 2 || r >= 2) return 'medium'
  return 'low'
}

/** For failures and refusals: the share of requests affected. */
export function shareSeverity(share: number): Severity {
  if (share >= 0.5) return 'critical'
  if (share >= 0.2) return 'high'
  if (share >= 0.05) return 'medium'
  return 'low'
}

export function maxSeverity(...severities: Severity[]): Severity {
  return severities.reduce((worst, next) => (SEVERITIES.indexOf(next) > SEVERITIES.indexOf(worst) ? next : worst), 'low')
}

export function severityAtLeast(severity: Severity, minimum: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(minimum)
}
