import { toDecimal, type Decimal, type DecimalInput } from '../money'

function group(text: string): string {
  const sign = text.startsWith('-') ? '-' : ''
  const body = sign ? text.slice(1) : text
  const dot = body.indexOf('.')
  const whole = dot < 0 ? body : body.slice(0, dot)
  if (whole.length <= 3) return text
  let grouped = ''
  for (let index = 0; index < whole.length; index++) {
    if (index > 0 && (whole.length - index) % 3 === 0) grouped += ','
    grouped += whole[index]
  }
  return sign + grouped + (dot < 0 ? '' : body.slice(dot))
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/**
 * "43,200", "0.5", "1,320.3848"; quantities below 1 keep four significant digits so small GB-s stay visible.
 * Display only: amounts themselves are never rounded.
 */
export function formatQuantity(value: DecimalInput, maxDecimals = 4): string {
  if (typeof value === 'number') {
    const size = Math.abs(value)
    if (value === 0) return '0'
    if (Number.isInteger(value) && size < 1e15) return group(String(value))
    // Outside this range toPrecision/toFixed switch to exponent notation; Decimal never does.
    if (size >= 1e-6 && size < 1e15)
      return group(trimZeros(size < 1 ? value.toPrecision(4) : value.toFixed(maxDecimals)))
  }
  const decimal = toDecimal(value)
  if (decimal.isZero()) return '0'
  return group(trimZeros(decimal.abs().lt(1) ? decimal.toPrecision(4) : decimal.toFixed(maxDecimals)))
}

/** Unit prices keep every digit of the rate card: "$0.0000166667". */
export function formatPrice(value: Decimal): string {
  return `$${value.toFixed()}`
}
