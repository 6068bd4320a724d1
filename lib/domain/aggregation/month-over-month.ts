import { type DecimalInput, toAmountString, toDecimal } from '@/lib/domain/money'

export type Change = { currentUsd: string; previousUsd: string; changeUsd: string; changePct: number | null }

/** Change between two periods; the percentage is null when there was nothing before (not +100% or +∞). */
export function monthOverMonth(current: DecimalInput, previous: DecimalInput): Change {
  const now = toDecimal(current)
  const before = toDecimal(previous)
  const change = now.minus(before)
  return {
    currentUsd: toAmountString(now),
    previousUsd: toAmountString(before),
    changeUsd: toAmountString(change),
    changePct: before.isZero() ? null : change.div(before.abs()).times(100).toDecimalPlaces(1).toNumber(),
  }
}
