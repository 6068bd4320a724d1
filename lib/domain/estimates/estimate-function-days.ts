// A function's estimated cost per day: its metrics that day × the configuration in force × list price.
// Days without invocations still cost money while provisioned concurrency is configured.
import { type IsoDay, addDaysTo, eachDay } from '@/lib/domain/calendar'
import type { Decimal } from '@/lib/domain/money'
import { estimateFunctionCost, type FunctionMetricsSample } from '@/lib/domain/pricing/estimate-function-cost'
import type { Architecture } from '@/lib/domain/pricing/types'

export type ConfigInForce = {
  validFrom: string // ISO timestamp
  memoryMb: number
  architecture: Architecture
  ephemeralStorageMb: number
  provisionedConcurrency: number
  packageType: 'Zip' | 'Image'
}

export type FunctionDayEstimate = {
  day: IsoDay
  rateCardVersion: string
  requests: Decimal
  gbSeconds: Decimal
  requestCostUsd: Decimal
  durationCostUsd: Decimal
  provisionedCostUsd: Decimal
  storageCostUsd: Decimal
  costUsd: Decimal
}

/** The configuration at the end of `day` (a deploy during the day counts for that whole day). */
export function configInForce(timeline: readonly ConfigInForce[], day: IsoDay): ConfigInForce | null {
  const endOfDay = `${addDaysTo(day, 1)}T00:00:00.000Z`
  let current: ConfigInForce | null = null
  for (const config of timeline) if (config.validFrom < endOfDay) current = config
  return current
}

export function estimateFunctionDays(input: {
  region: string
  timeline: readonly ConfigInForce[] // oldest first
  metricsByDay: ReadonlyMap<IsoDay, FunctionMetricsSample>
  from: IsoDay
  to: IsoDay
}): FunctionDayEstimate[] {
  const estimates: FunctionDayEstimate[] = []
  for (const day of eachDay(input.from, input.to)) {
    const config = configInForce(input.timeline, day)
    const metrics = input.metricsByDay.get(day)
    if (!config || (!metrics && config.provisionedConcurrency === 0)) continue
    const estimate = estimateFunctionCost({
      region: input.region,
      metrics: metrics ?? { invocations: 0, durationSumMs: 0 },
      config,
      periodSeconds: 86_400,
      usageDate: day,
    })
    estimates.push({
      day,
      rateCardVersion: estimate.rateCardVersion,
      requests: estimate.requests,
      gbSeconds: estimate.gbSeconds,
      requestCostUsd: estimate.requestCostUsd,
      durationCostUsd: estimate.durationCostUsd,
      provisionedCostUsd: estimate.provisionedCostUsd,
      storageCostUsd: estimate.storageCostUsd,
      costUsd: estimate.totalUsd,
    })
  }
  return estimates
}
