import { toDecimal, type Decimal, type DecimalInput } from '../money'

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g

function group(text: string): string {
  const [whole, fraction] = text.split('.')
  return fraction ? `${whole!.replace(THOUSANDS, ',')}.${fraction}` : whole!.replace(THOUSANDS, ',')
}

/** "43,200", "0.5", "1,320.3848"; quantities below 1 keep four significant digits so small GB-s stay visible. */
export function formatQuantity(value: DecimalInput, maxDecimals = 4): string {
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e15) return group(String(value))
  const decimal = toDecimal(value)
  if (decimal.isZero()) return '0'
  const shown = decimal.abs().lt(1) ? decimal.toSignificantDigits(4) : decimal.toDecimalPlaces(maxDecimals)
  return group(shown.toFixed())
}

/** Unit prices keep every digit of the rate card: "$0.0000166667". */
export function formatPrice(value: Decimal): string {
  return `$${value.toFixed()}`
}
