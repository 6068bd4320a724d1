// Exact money. Amounts arrive as decimal strings (Cost Explorer) or are computed from rates with many
// decimals; they are never held in binary floating point. The one rounding rule: amounts are kept at full
// precision everywhere (storage, API, CSV) and rounded only for display, to cents, half away from zero
// (ROUND_HALF_UP), the rounding AWS applies to each component of its published pricing examples.
import DecimalJs from 'decimal.js'

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
})
export type Decimal = InstanceType<typeof Decimal>
export type DecimalInput = Decimal | string | number | { toString(): string }

export const ZERO = new Decimal(0)

/** Accepts decimal strings, integers and measured numbers (CloudWatch values); rejects NaN and infinities. */
export function toDecimal(value: DecimalInput): Decimal {
  if (value instanceof Decimal) return value
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
  return new Decimal(typeof value === 'number' ? value : value.toString())
}

export function sum(values: Iterable<DecimalInput>): Decimal {
  let total = ZERO
  for (const value of values) total = total.plus(toDecimal(value))
  return total
}

/** The display rule: cents, half away from zero. */
export function roundToCents(value: DecimalInput): Decimal {
  return toDecimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
}

/** Canonical wire form: plain decimal notation, no exponent, no trailing zeros beyond what is needed. */
export function toAmountString(value: DecimalInput): string {
  const decimal = toDecimal(value)
  return decimal.isZero() ? '0' : decimal.toFixed()
}

/** "$1,234.57", "-$0.40"; cents unless more digits are asked for (unit prices). */
export function formatUsd(value: DecimalInput, decimals = 2): string {
  return formatMoneyText(value, '$', decimals)
}

/**
 * An amount rounded half away from zero to `decimals`, its digits grouped by three with commas, the sign before the
 * symbol: the same text in English and Korean, and on the server and in every browser (no Intl, whose data differs).
 */
export function formatMoneyText(value: DecimalInput, symbol: string, decimals: number): string {
  const rounded = toDecimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
  const [whole, fraction] = rounded.abs().toFixed(decimals).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${rounded.isNegative() && !rounded.isZero() ? '-' : ''}${symbol}${grouped}${fraction ? `.${fraction}` : ''}`
}
