import { Decimal, ZERO } from '../money'
import type { PricedTier } from './rate-plan'

export type TierPart = {
  tier: number
  gbSeconds: Decimal
  priceUsd: Decimal
  fromGbSeconds: Decimal
  upToGbSeconds: Decimal | null
}

/**
 * Places `gbSeconds` on the monthly tier ladder starting at `positionBefore` (GB-s already billed this month in
 * the same region and architecture) and returns the part that falls in each tier. Zero GB-s yields one empty
 * part in the tier at the current position, so a line item still shows the price that would apply.
 */
export function splitAcrossTiers(tiers: PricedTier[], positionBefore: Decimal, gbSeconds: Decimal): TierPart[] {
  const end = positionBefore.plus(gbSeconds)
  const first = tiers[0]!
  if (first.upToGbSeconds === null || (end.lte(first.upToGbSeconds) && positionBefore.lt(first.upToGbSeconds))) {
    return [{ tier: 1, gbSeconds, priceUsd: first.priceUsd, fromGbSeconds: ZERO, upToGbSeconds: first.upToGbSeconds }]
  }
  const parts: TierPart[] = []
  let from = ZERO
  for (const [index, tier] of tiers.entries()) {
    const upTo = tier.upToGbSeconds
    if (upTo === null || positionBefore.lt(upTo)) {
      const inTier = (upTo === null ? end : Decimal.min(upTo, end)).minus(Decimal.max(from, positionBefore))
      if (inTier.gt(ZERO) || parts.length === 0) {
        parts.push({
          tier: index + 1,
          gbSeconds: inTier,
          priceUsd: tier.priceUsd,
          fromGbSeconds: from,
          upToGbSeconds: upTo,
        })
      }
      if (upTo === null || end.lte(upTo)) break
    }
    from = upTo!
  }
  return parts
}
