// A function's usage over a period, as stored (summed daily estimates and CloudWatch counts), turned into the
// FunctionMonth the decomposition explains. Unit prices are what the estimate actually charged (cost ÷
// quantity), so the model reproduces the stored cost exactly, tiers and provisioned-duration rates included.
// Each stored amount is rounded to 10 decimals per day, so a day's parts can miss its total by a few units of
// the 10th decimal; that much, and no more, is charged with the duration. A larger gap is a stored estimate the
// model does not explain, and the decomposition reports it.
import { Decimal, ZERO, toDecimal } from '@/lib/domain/money'
import { keepWarmPings } from '@/lib/domain/pricing/keep-warm-cost'
import type { FunctionMonth } from './decompose-change'

export type FunctionPeriodTotals = {
  requests: string
  gbSeconds: string
  /** Σ per day of GB-s ÷ the memory in force that day: billed seconds. */
  runSeconds: string
  requestCostUsd: string
  durationCostUsd: string
  storageCostUsd: string
  provisionedCostUsd: string
  costUsd: string
  errors: number
  asyncEventsReceived: number
  asyncEventsDropped: number
  /** Days with a stored estimate; each contributes its own rounding. */
  days: number
  daysWithInvocations: number
  /** Configuration in force on the period's last day with data. */
  memoryMb: number
  architecture: string
  maxRetryAttempts: number
}

/** Half a unit of the 10th decimal, for each of the five amounts stored per day (four parts and the total). */
const ROUNDING_PER_DAY_USD = new Decimal('0.5e-10').times(5)

export type KeepWarmSchedule = { intervalMinutes: number; concurrency: number }

export function toFunctionMonth(
  totals: FunctionPeriodTotals,
  fn: { region: string; keepWarm: KeepWarmSchedule | null },
): FunctionMonth {
  const requests = toDecimal(totals.requests)
  const gbSeconds = toDecimal(totals.gbSeconds)
  const runSeconds = toDecimal(totals.runSeconds)
  const parts = toDecimal(totals.requestCostUsd)
    .plus(totals.durationCostUsd)
    .plus(totals.storageCostUsd)
    .plus(totals.provisionedCostUsd)
  const rounding = toDecimal(totals.costUsd).minus(parts)
  const absorbed = rounding.abs().lte(ROUNDING_PER_DAY_USD.times(totals.days)) ? rounding : ZERO
  return {
    requests: requests.toNumber(),
    gbSeconds: totals.gbSeconds,
    memoryMb: runSeconds.gt(ZERO) ? gbSeconds.div(runSeconds).times(1024).toNumber() : totals.memoryMb,
    architecture: totals.architecture,
    region: fn.region,
    requestPriceUsd: requests.gt(ZERO) ? toDecimal(totals.requestCostUsd).div(requests) : null,
    // Ephemeral storage above 512 MB is billed per GB-s of run time: a surcharge on this function's GB-s price.
    gbSecondPriceUsd: gbSeconds.gt(ZERO)
      ? toDecimal(totals.durationCostUsd).plus(totals.storageCostUsd).plus(absorbed).div(gbSeconds)
      : null,
    errors: totals.errors,
    asyncEventsReceived: totals.asyncEventsReceived,
    asyncEventsDropped: totals.asyncEventsDropped,
    maxRetryAttempts: totals.maxRetryAttempts,
    keepWarmPings: fn.keepWarm ? keepWarmPings({ ...fn.keepWarm, days: totals.daysWithInvocations }).pings : null,
    provisionedCostUsd: totals.provisionedCostUsd,
    costUsd: totals.costUsd,
  }
}
