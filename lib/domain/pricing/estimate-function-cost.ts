import type { FunctionConfig } from '../functions/function-config'
import { Decimal, toDecimal, ZERO } from '../money'
import { estimatedBilledMs } from './billed-duration'
import { formatQuantity } from './format-formula'
import { costOfMeter } from './line-item'
import { priceLambdaUsage, type UsageDerivations } from './price-lambda-usage'
import { ratePlan } from './rate-plan'
import type { CostResult } from './types'

export type FunctionMetricsSample = {
  invocations: number
  durationSumMs: number
  provisionedConcurrencyInvocations?: number
  /** Sum of INIT durations (REPORT lines or Lambda Insights `init_duration`); CloudWatch Duration excludes INIT. */
  initDurationSumMs?: number
}

/** What a function's cost depends on; without a package type, ZIP (INIT billed only from the INIT billing date). */
export type PricedConfig = Pick<
  FunctionConfig,
  'memoryMb' | 'architecture' | 'ephemeralStorageMb' | 'provisionedConcurrency'
> &
  Partial<Pick<FunctionConfig, 'packageType'>>

export type FunctionCostEstimate = CostResult & {
  /** The rate card the estimate was priced with: the one in force on its day. */
  rateCardVersion: string
  /** Billed duration GB-s: on-demand, billed INIT and duration on provisioned concurrency. */
  gbSeconds: Decimal
  requests: Decimal
  requestCostUsd: Decimal
  /** On-demand duration, billed INIT and duration on provisioned concurrency. */
  durationCostUsd: Decimal
  /** Configured provisioned concurrency only. */
  provisionedCostUsd: Decimal
  storageCostUsd: Decimal
}

const FREE_EPHEMERAL_MB = 512

/**
 * One function's cost for a period from CloudWatch metrics × its configuration, at list price and without the
 * free tier (an account-level allowance, shown in reconciliation). Billing rounds each invocation's duration up to
 * the ms; CloudWatch's Duration sum is unrounded, so the billed duration is estimated (estimatedBilledMs: the
 * middle of what the sum and the count allow) and the formula says by how much.
 */
export function estimateFunctionCost(input: {
  region: string
  metrics: FunctionMetricsSample
  config: PricedConfig
  periodSeconds: number
  usageDate?: string
}): FunctionCostEstimate {
  const { metrics, config } = input
  const gb = toDecimal(config.memoryMb).div(1024)
  const requests = toDecimal(metrics.invocations)
  const measuredSeconds = toDecimal(metrics.durationSumMs).div(1000)
  // Billed: each invocation rounded up to the ms, estimated from the unrounded sum (billed-duration.ts).
  const seconds = estimatedBilledMs(metrics.durationSumMs, metrics.invocations).div(1000)
  const rounding = seconds.minus(measuredSeconds)
  // Invocations served by provisioned concurrency are assumed as long as the others: they share the sum pro rata.
  const pcInvocations = Decimal.min(toDecimal(metrics.provisionedConcurrencyInvocations ?? 0), requests)
  const pcSeconds = requests.isZero() ? ZERO : seconds.times(pcInvocations).div(requests)
  const onDemandSeconds = seconds.minus(pcSeconds)
  const initSeconds = toDecimal(metrics.initDurationSumMs ?? 0).div(1000)
  // Container images were billed for INIT all along; ZIP functions only from the INIT billing date.
  const initAlwaysBilled = config.packageType === 'Image'
  const storageGb = Decimal.max(ZERO, toDecimal(config.ephemeralStorageMb).minus(FREE_EPHEMERAL_MB)).div(1024)
  const pcGbSeconds = toDecimal(config.provisionedConcurrency).times(gb).times(input.periodSeconds)

  const gbText = `${formatQuantity(gb)} GB`
  const billedText = rounding.isZero()
    ? `${formatQuantity(seconds)} s`
    : `(${formatQuantity(measuredSeconds)} s measured + ${formatQuantity(rounding)} s for rounding ${formatQuantity(requests)} invocations up to the ms)`
  const onDemandText = pcSeconds.isZero()
    ? billedText
    : `${formatQuantity(onDemandSeconds)} s on demand of ${billedText}`
  const derivations: UsageDerivations = {
    duration: `${onDemandText}${initAlwaysBilled && initSeconds.gt(ZERO) ? ` + ${formatQuantity(initSeconds)} s INIT (image)` : ''} × ${gbText}`,
    init: `${formatQuantity(initSeconds)} s INIT × ${gbText}`,
    provisioned_concurrency: `${config.provisionedConcurrency} environments × ${gbText} × ${formatQuantity(input.periodSeconds)} s`,
    provisioned_duration: `${formatQuantity(pcInvocations)} of ${formatQuantity(requests)} invocations on provisioned concurrency: ${formatQuantity(pcSeconds)} s of ${billedText} × ${gbText}`,
    ephemeral_storage: `${formatQuantity(storageGb)} GB above ${FREE_EPHEMERAL_MB} MB × ${billedText}`,
  }
  const priced = priceLambdaUsage(
    {
      region: input.region,
      architecture: config.architecture,
      requests,
      durationGbSeconds: (initAlwaysBilled ? onDemandSeconds.plus(initSeconds) : onDemandSeconds).times(gb),
      initGbSeconds: initAlwaysBilled ? ZERO : initSeconds.times(gb),
      provisionedConcurrencyGbSeconds: pcGbSeconds,
      provisionedDurationGbSeconds: pcSeconds.times(gb),
      ephemeralStorageGbSeconds: storageGb.times(seconds),
      usageDate: input.usageDate,
    },
    { derivations },
  )
  const plan = ratePlan(input.region, config.architecture, input.usageDate)
  const billedInitSeconds = initAlwaysBilled || plan.initBilled ? initSeconds : ZERO
  return {
    rateCardVersion: plan.cardVersion,
    lineItems: priced.lineItems,
    totalUsd: priced.totalUsd,
    gbSeconds: seconds.plus(billedInitSeconds).times(gb),
    requests,
    requestCostUsd: costOfMeter(priced.lineItems, 'request'),
    durationCostUsd: costOfMeter(priced.lineItems, 'duration', 'provisioned_duration'),
    provisionedCostUsd: costOfMeter(priced.lineItems, 'provisioned_concurrency'),
    storageCostUsd: costOfMeter(priced.lineItems, 'ephemeral_storage'),
  }
}
