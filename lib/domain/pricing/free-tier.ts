import { Decimal, toDecimal, type DecimalInput } from '../money'
import { RATE_CARD } from './rate-card'

/** Per account and month, shared by all regions and both architectures (aws-facts §4.1). */
export const LAMBDA_FREE_TIER: { requests: Decimal; gbSeconds: Decimal } = {
  requests: new Decimal(RATE_CARD.freeTier.requests),
  gbSeconds: new Decimal(RATE_CARD.freeTier.gbSeconds),
}

/** Splits `quantity` into the part still covered by `remaining` allowance and the billable rest. */
export function allocateFreeTier(
  remaining: DecimalInput,
  quantity: DecimalInput,
): { free: Decimal; billable: Decimal; remaining: Decimal } {
  const left = toDecimal(remaining)
  const wanted = toDecimal(quantity)
  if (left.isNegative() || wanted.isNegative())
    throw new RangeError('Free-tier allowance and quantity must not be negative')
  const free = Decimal.min(left, wanted)
  return { free, billable: wanted.minus(free), remaining: free.isZero() ? left : left.minus(free) }
}
