// A function's estimated cost per day: its metrics that day × the configuration in force × list price.
// Days without invocations still cost money while provisioned concurrency is configured.
import { type IsoDay, eachDay } from '@/lib/domain/calendar'
import { configOnDay } from '@/lib/domain/functions/config-in-force'
import type { ConfigSnapshot } from '@/lib/domain/functions/function-config'
import type { Decimal } from '@/lib/domain/money'
import {
  estimateFunctionCost,
  type FunctionMetricsSample,
  type PricedConfig,
} from '@/lib/domain/pricing/estimate-function-cost'

/** The part of a configuration snapshot an estimate reads. */
export type ConfigInForce = ConfigSnapshot<keyof PricedConfig>

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

export function estimateFunctionDays(input: {
  region: string
  timeline: readonly ConfigInForce[] // oldest first
  metricsByDay: ReadonlyMap<IsoDay, FunctionMetricsSample>
  from: IsoDay
  to: IsoDay
}): FunctionDayEstimate[] {
  const estimates: FunctionDayEstimate[] = []
  for (const day of eachDay(input.from, input.to)) {
    // A day before the first snapshot has no estimate: nothing says how the function was configured then.
    const config = configOnDay(input.timeline, day, 'none')
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
