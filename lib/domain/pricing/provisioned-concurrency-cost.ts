import { toDecimal, type DecimalInput } from '../money'
import { formatQuantity } from './format-formula'
import { priceLambdaUsage } from './price-lambda-usage'
import { provisionedConcurrencyHours, type ProvisionedSchedule } from './provisioned-schedule'
import type { Architecture, CostResult } from './types'

/**
 * List price of provisioned concurrency on a fixed or weekly schedule, plus `requests` of `avgDurationMs`, all
 * assumed served by the provisioned environments (the simulator models spillover). No free tier.
 */
export function provisionedConcurrencyCost(input: {
  region: string
  architecture: Architecture
  memoryMb: number
  schedule: ProvisionedSchedule
  days: number
  requests?: DecimalInput
  avgDurationMs?: number
}): CostResult {
  if (!(input.memoryMb > 0)) throw new RangeError(`memoryMb must be positive, got ${input.memoryMb}`)
  const gb = toDecimal(input.memoryMb).div(1024)
  const { hours, description } = provisionedConcurrencyHours(input.schedule, input.days)
  const requests = toDecimal(input.requests ?? 0)
  const seconds = toDecimal(input.avgDurationMs ?? 0).div(1000)
  const { lineItems, totalUsd } = priceLambdaUsage(
    {
      region: input.region,
      architecture: input.architecture,
      requests,
      durationGbSeconds: 0,
      provisionedConcurrencyGbSeconds: hours.times(3600).times(gb),
      provisionedDurationGbSeconds: requests.times(seconds).times(gb),
    },
    {
      derivations: {
        provisioned_concurrency: `${description} = ${formatQuantity(hours)} h × 3,600 s × ${formatQuantity(gb)} GB`,
        provisioned_duration: `${formatQuantity(requests)} requests × ${formatQuantity(seconds)} s × ${formatQuantity(gb)} GB`,
      },
    },
  )
  // The zero on-demand duration line says nothing here: every request is on provisioned concurrency.
  const shown = lineItems.filter((item) => !(item.meter === 'duration' && item.quantity.isZero()))
  return { lineItems: shown, totalUsd }
}
