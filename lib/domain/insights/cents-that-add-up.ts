// Rounds parts to cents so that the shown parts add up to the shown total (largest remainder): a table of
// "+$196.21, +$94.32 … = +$290.54" must not be a cent off because each line was rounded on its own.
import { type Decimal, type DecimalInput, roundToCents, toDecimal } from '@/lib/domain/money'

const CENT = toDecimal('0.01')

export function centsThatAddUp(parts: readonly DecimalInput[], total: DecimalInput): string[] {
  const exact = parts.map(toDecimal)
  const rounded = exact.map((part) => roundToCents(part))
  let gap = roundToCents(total).minus(rounded.reduce((acc: Decimal, part) => acc.plus(part), toDecimal(0)))
  // The cents to hand out go to the parts whose rounding moved them furthest from the exact value.
  const byRemainder = exact
    .map((part, index) => index)
    .sort((a, b) => gapOf(exact, rounded, b, gap).comparedTo(gapOf(exact, rounded, a, gap)))
  for (const index of byRemainder) {
    if (gap.isZero()) break
    const step = gap.isNegative() ? CENT.negated() : CENT
    rounded[index] = rounded[index]!.plus(step)
    gap = gap.minus(step)
  }
  return rounded.map((part) => part.toFixed(2))
}

function gapOf(exact: Decimal[], rounded: Decimal[], index: number, gap: Decimal): Decimal {
  const remainder = exact[index]!.minus(rounded[index]!)
  return gap.isNegative() ? remainder.negated() : remainder
}
