// A positive float rounded to 15 significant digits exactly as Number.prototype.toPrecision(15) rounds it, as an
// integer and a power of ten, without building and parsing the string (ExactTotal does this for every line of
// thousands of strategies). x × 10^k is exact as the float product plus its rounding error (Dekker's
// two-product; 10^k is an exact float for k ≤ 22), which settles the rounding of the 16th digit exactly.

const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k)
// 2^27 + 1: splits a float into two halves whose products are exact (Veltkamp).
const SPLITTER = 134_217_729

/** The exact rounding error of product = a × b. */
function productError(a: number, b: number, product: number): number {
  let c = SPLITTER * a
  const aHigh = c - (c - a)
  const aLow = a - aHigh
  c = SPLITTER * b
  const bHigh = c - (c - b)
  const bLow = b - bHigh
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow
}

/**
 * { mantissa, exponent } with mantissa × 10^exponent equal to x.toPrecision(15) (ties away from zero, as the
 * spec's "pick the larger n"); undefined outside 1e-8 ≤ x < 1e15 or at a power-of-ten boundary it cannot
 * place, where the caller parses toPrecision's string instead.
 */
export function fifteenDigits(x: number): { mantissa: number; exponent: number } | undefined {
  if (!(x >= 1e-8 && x < 1e15)) return undefined
  // log10 can be one off next to a power of ten: the product's range decides.
  let k = Math.min(22, Math.max(0, 14 - Math.floor(Math.log10(x))))
  let product = x * POWERS[k]!
  if (product < 1e14 && k < 22) product = x * POWERS[++k]!
  else if (product >= 1e15 && k > 0) product = x * POWERS[--k]!
  if (!(product >= 1e14 && product < 1e15)) return undefined
  const whole = Math.floor(product)
  // Exact: both are floats below 2^50 with the same exponent range. Being a multiple of the product's ulp, it
  // differs from 0.5 by at least that ulp unless equal, and the true remainder is fraction + error with
  // |error| ≤ ulp / 2: only an exact 0.5 needs the error's sign.
  const fraction = product - whole
  const up = fraction > 0.5 || (fraction === 0.5 && productError(x, POWERS[k]!, product) >= 0)
  const mantissa = whole + (up ? 1 : 0)
  return mantissa === 1e15 ? { mantissa: 1e14, exponent: 1 - k } : { mantissa, exponent: -k }
}
