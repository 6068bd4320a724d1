// How big an injected incident really was, against a twin scenario without it: excess cost per day and billed
// time added. Incidents below the product's reporting floors, or hidden in real traffic's noise, are reported
// apart from recall rather than silently dropped.
import { ZERO, sum } from '@/lib/domain/money'
import { MIN_DAILY_EXCESS_USD } from '../cost-spike'
import { dailyBuckets } from '@/lib/domain/functions/timeline'
import type { FunctionHistory } from '@/lib/domain/functions/function-history'
import { MIN_DAILY_OVERRUN_USD } from '../warmup-budget-overrun'
import type { GroundTruth } from './labelled-scenarios'

export type IncidentSignal = {
  excessUsdPerDay: number
  addedBilledShare: number
  reportable: boolean
  reason: string | null
}

/**
 * Ping time added below this share of a day's billed time cannot be read from per-day CloudWatch sums: it is
 * within twice the noise bound of real traffic's duration (keep-warm-days.ts), the method's stated limit.
 */
const MIN_OBSERVABLE_SHARE = 0.1

export function incidentSignal(
  truth: GroundTruth,
  withIncident: FunctionHistory,
  withoutIncident: FunctionHistory,
): IncidentSignal {
  const from = truth.fromDay
  const to = truth.toDay < from ? from : truth.toDay
  const actual = dailyBuckets(withIncident, from, to)
  const clean = dailyBuckets(withoutIncident, from, to)
  const days = actual.length
  const excess = sum(actual.map((bucket) => bucket.costUsd))
    .minus(sum(clean.map((bucket) => bucket.costUsd)))
    .div(days)
  const added =
    actual.reduce((total, bucket) => total + bucket.metrics.durationSumMs, 0) -
    clean.reduce((total, bucket) => total + bucket.metrics.durationSumMs, 0)
  const base = clean.reduce((total, bucket) => total + bucket.metrics.durationSumMs, 0)
  const excessUsdPerDay = (excess.gt(ZERO) ? excess : ZERO).toNumber()
  const addedBilledShare = base > 0 ? added / base : Number.POSITIVE_INFINITY
  // Signature incidents (retries, timeouts, errors, throttles) are visible whatever they cost.
  if (truth.expected === 'cost_spike' && excessUsdPerDay < MIN_DAILY_EXCESS_USD)
    return {
      excessUsdPerDay,
      addedBilledShare,
      reportable: false,
      reason: `below the $${MIN_DAILY_EXCESS_USD}/day cost-spike floor`,
    }
  if (truth.expected === 'warmup_budget_overrun') {
    if (excessUsdPerDay < MIN_DAILY_OVERRUN_USD)
      return {
        excessUsdPerDay,
        addedBilledShare,
        reportable: false,
        reason: `below the $${MIN_DAILY_OVERRUN_USD}/day keep-warm floor`,
      }
    if (addedBilledShare < MIN_OBSERVABLE_SHARE)
      return {
        excessUsdPerDay,
        addedBilledShare,
        reportable: false,
        reason: `pings added ${(addedBilledShare * 100).toFixed(1)}% to billed time, inside real traffic's noise`,
      }
  }
  return { excessUsdPerDay, addedBilledShare, reportable: true, reason: null }
}
