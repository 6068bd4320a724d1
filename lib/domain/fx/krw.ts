// Won from dollars, exactly. Amounts stay USD at rest (Cost Explorer's unit); a KRW figure is always USD × the
// month's recorded rate (the invoice rate finance enters, or the company's fixed monthly rate), never a guessed
// or live rate. The won are rounded once, half away from zero, like the cents of a USD figure: at display or
// export, never per row before a sum.
import { Decimal, type DecimalInput, formatMoneyText, toDecimal } from '../money'

/** A month's recorded rate and where it came from, so every ₩ figure can say what it rests on. */
export type FxRate = { month: string; krwPerUsd: string; source: string; asOf: string }

const RATE = /^\d{1,5}(\.\d{1,6})?$/

/** A plausible KRW per USD rate as finance would type it: positive, at most 6 decimals, under 100,000. */
export function isKrwPerUsd(value: string): boolean {
  return RATE.test(value) && new Decimal(value).greaterThan(0)
}

/** The exact won of a USD amount at a rate (unrounded). */
export function usdToKrw(usd: DecimalInput, krwPerUsd: DecimalInput): Decimal {
  return toDecimal(usd).times(toDecimal(krwPerUsd))
}

/** The display and export rule for won: whole won, half away from zero. */
export function roundToWon(krw: DecimalInput): Decimal {
  return toDecimal(krw).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
}

/** The exact USD of a KRW amount billed in won (a KRW cost file), at the month's rate. */
export function krwToUsd(krw: DecimalInput, krwPerUsd: DecimalInput): Decimal {
  return toDecimal(krw).dividedBy(toDecimal(krwPerUsd))
}

/** "₩2,047,395", "-₩1": whole won (the display rule above), grouped by three. */
export function formatKrw(krw: DecimalInput): string {
  return formatMoneyText(krw, '₩', 0)
}
