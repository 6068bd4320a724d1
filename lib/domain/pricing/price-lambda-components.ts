import { ZERO, type Decimal } from '../money'
import { LAMBDA_FREE_TIER } from './free-tier'
import { costResult } from './line-item'
import { priceLambdaUsage, type FreeTierAllowance, type LambdaUsage, type UsageDerivations } from './price-lambda-usage'
import type { CostResult, LineItem } from './types'

export type LambdaComponent = { usage: LambdaUsage; labelPrefix?: string; derivations?: UsageDerivations }

/**
 * Prices several usages of one account and month in the order given: the free tier is drawn down once across
 * all of them, and each region+architecture keeps its own position on the duration tier ladder.
 */
export function priceLambdaComponents(
  components: LambdaComponent[],
  options: { includeFreeTier: boolean; formulas?: boolean },
): CostResult & { freeTierRemaining?: FreeTierAllowance; byComponent: LineItem[][] } {
  let allowance: FreeTierAllowance | undefined = options.includeFreeTier ? { ...LAMBDA_FREE_TIER } : undefined
  const positions = new Map<string, Decimal>()
  const lineItems: LineItem[] = []
  const byComponent: LineItem[][] = []
  for (const { usage, labelPrefix, derivations } of components) {
    const ladder = `${usage.region}|${usage.architecture}`
    const priced = priceLambdaUsage(usage, {
      freeTierRemaining: allowance,
      tierGbSecondsBefore: positions.get(ladder) ?? ZERO,
      labelPrefix,
      derivations,
      formulas: options.formulas,
    })
    allowance = priced.freeTierRemaining
    positions.set(ladder, priced.tierGbSecondsAfter)
    lineItems.push(...priced.lineItems)
    byComponent.push(priced.lineItems)
  }
  return { ...costResult(lineItems), ...(allowance ? { freeTierRemaining: allowance } : {}), byComponent }
}
