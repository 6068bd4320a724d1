// A function's usage over a period, as stored (summed daily estimates and CloudWatch counts), turned into the
// FunctionMonth the decomposition explains. Unit prices are what the estimate actually charged (cost ÷
// quantity), so the model reproduces the stored cost exactly, tiers and provisioned-duration rates included.
import { ZERO, toDecimal } from '@/lib/domain/money'
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
  daysWithInvocations: number
  /** Configuration in force on the period's last day with data. */
  memoryMb: number
  architecture: string
  maxRetryAttempts: number
}

export type KeepWarmSchedule = { intervalMinutes: number; concurrency: number }

export function toFunctionMonth(totals: FunctionPeriodTotals, fn: { region: string; keepWarm: KeepWarmSchedule | null }): FunctionMonth {
  const requests = toDecimal(totals.requests)
  const gbSeconds = toDecimal(totals.gbSeconds)
  const runSeconds = toDecimal(totals.runSeconds)
  return {
    requests: requests.toNumber(),
    gbSeconds: totals.gbSeconds,
    memoryMb: runSeconds.gt(ZERO) ? gbSeconds.div(runSeconds).times(1024).toNumber() : totals.memoryMb,
    architecture: totals.architecture,
    region: fn.region,
    requestPriceUsd: requests.gt(ZERO) ? toDecimal(totals.requestCostUsd).div(requests) : null,
    // Ephemeral storage above 512 MB is billed per GB-s of run time: a surcharge on this function's GB-s price.
    gbSecondPriceUsd: gbSeconds.gt(ZERO) ? toDecimal(totals.durationCostUsd).plus(totals.storageCostUsd).div(gbSeconds) : null,
    errors: totals.errors,
    asyncEventsReceived: totals.asyncEventsReceived,
    asyncEventsDropped: totals.asyncEventsDropped,
    maxRetryAttempts: totals.maxRetryAttempts,
    keepWarmPings: fn.keepWarm ? keepWarmPings({ ...fn.keepWarm, days: totals.daysWithInvocations }).pings : null,
    provisionedCostUsd: totals.provisionedCostUsd,
    costUsd: totals.costUsd,
  }
}
