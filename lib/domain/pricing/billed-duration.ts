// Lambda bills each invocation's duration rounded up to the next millisecond (aws-facts §4.1: "rounded up to the
// nearest 1 ms"). Where the duration of every invocation is known (a simulated workload, a planned ping), the
// rounding is exact. CloudWatch gives only the sum of unrounded durations and the count, so for measured usage
// the billed sum is known to lie between max(sum, count × 1 ms) (every invocation bills at least 1 ms) and
// sum + count × 1 ms; the estimate takes the middle of that range, which is the expected rounding (half a
// millisecond an invocation) when the fractions of a millisecond are spread evenly.
import { Decimal, type DecimalInput, toDecimal } from '../money'

/** The billed milliseconds of one invocation that runs `durationMs`. */
export function billedInvocationMs(durationMs: number): number {
  return Math.ceil(durationMs)
}

/**
 * The billed milliseconds of `invocations` whose unrounded durations add up to `durationSumMs`, as estimated from
 * CloudWatch: the middle of [max(sum, invocations × 1 ms), sum + invocations × 1 ms).
 */
export function estimatedBilledMs(durationSumMs: DecimalInput, invocations: DecimalInput): Decimal {
  const sum = toDecimal(durationSumMs)
  const count = toDecimal(invocations)
  return Decimal.max(sum, count).plus(sum).plus(count).div(2)
}
