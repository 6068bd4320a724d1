import { priceLambdaComponents } from './price-lambda-components'
import type { LambdaUsage } from './price-lambda-usage'
import type { CostResult, LineItem } from './types'

/**
 * Prices one account's month of Lambda usage. The free tier is applied once, in chronological order of
 * `usageDate` (usages without a date first, ties in input order), because the allowance is used up as usage
 * accrues; duration tiers count per region+architecture in the same order. `byUsage` gives each usage's lines,
 * in that order.
 */
export function priceAccountMonth(
  usages: LambdaUsage[],
  options: { includeFreeTier: boolean; formulas?: boolean },
): CostResult & { byUsage: { usage: LambdaUsage; lineItems: LineItem[] }[] } {
  const chronological = usages
    .map((usage, index) => ({ usage, index }))
    .sort((a, b) => (a.usage.usageDate ?? '').localeCompare(b.usage.usageDate ?? '') || a.index - b.index)
  const { lineItems, totalUsd, byComponent } = priceLambdaComponents(
    chronological.map(({ usage }) => ({
      usage,
      labelPrefix: `${usage.region} ${usage.architecture}${usage.usageDate ? ` ${usage.usageDate}` : ''}: `,
    })),
    options,
  )
  return {
    lineItems,
    totalUsd,
    byUsage: chronological.map(({ usage }, index) => ({ usage, lineItems: byComponent[index]! })),
  }
}
