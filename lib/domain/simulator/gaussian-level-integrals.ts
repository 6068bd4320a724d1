// Integrals behind the large-concurrency branch of the cold-start model. With concurrency c ≥ ~50 the Poisson
// occupancy is close to normal, p_j ≈ φ(z)/σ, and sums over levels become integrals over z that depend on
// b = a/σ only. They are tabulated once (a few ms, on first use) so an hour bucket costs O(1).
const LOG_B_MIN = -3
const LOG_B_MAX = 12
const LOG_B_STEP = 0.05
const Z_MAX = 9
const Z_STEP = 0.05
const ROWS = Math.round((LOG_B_MAX - LOG_B_MIN) / LOG_B_STEP) + 1
const COLUMNS = Math.round((2 * Z_MAX) / Z_STEP) + 1
const HALF = (COLUMNS - 1) / 2
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI)

let tables: { upper: Float64Array; reclaim: Float64Array } | undefined

function build(): { upper: Float64Array; reclaim: Float64Array } {
  const upper = new Float64Array(ROWS * COLUMNS)
  const reclaim = new Float64Array(ROWS * (HALF + 1))
  for (let row = 0; row < ROWS; row++) {
    const b = 10 ** (LOG_B_MIN + row * LOG_B_STEP)
    const survive = (z: number) => Math.exp(-b * INV_SQRT_2PI * Math.exp(-0.5 * z * z))
    const density = (z: number) => INV_SQRT_2PI * Math.exp(-0.5 * z * z) * survive(z)
    // Simpson's rule per cell; upper accumulates from z = +9 down, reclaim from z = 0 up.
    const cell = (f: (z: number) => number, z: number) => (Z_STEP / 6) * (f(z) + 4 * f(z + Z_STEP / 2) + f(z + Z_STEP))
    let above = 0
    for (let column = COLUMNS - 2; column >= 0; column--) {
      above += cell(density, -Z_MAX + column * Z_STEP)
      upper[row * COLUMNS + column] = above
    }
    let from0 = 0
    for (let index = 0; index < HALF; index++) {
      from0 += cell(survive, index * Z_STEP)
      reclaim[row * (HALF + 1) + index + 1] = from0
    }
  }
  return { upper, reclaim }
}

function lookup(table: Float64Array, width: number, b: number, position: number): number {
  const rowAt = Math.min(ROWS - 1, Math.max(0, (Math.log10(Math.max(b, 1e-300)) - LOG_B_MIN) / LOG_B_STEP))
  const columnAt = Math.min(width - 1, Math.max(0, position))
  const row = Math.min(ROWS - 2, Math.floor(rowAt))
  const column = Math.min(width - 2, Math.floor(columnAt))
  const [dr, dc] = [rowAt - row, columnAt - column]
  const at = row * width + column
  const top = table[at]! * (1 - dc) + table[at + 1]! * dc
  const bottom = table[at + width]! * (1 - dc) + table[at + width + 1]! * dc
  return top * (1 - dr) + bottom * dr
}

/** ∫_z^∞ φ(u) e^{−b φ(u)} du. */
export function upperIntegral(b: number, z: number): number {
  tables ??= build()
  if (z >= Z_MAX) return 0
  return lookup(tables.upper, COLUMNS, b, (z + Z_MAX) / Z_STEP)
}

/** ∫_0^z e^{−b φ(u)} du for z > 0 (0 otherwise); the integrand is 1 beyond z = 9. */
export function reclaimIntegral(b: number, z: number): number {
  if (z <= 0) return 0
  tables ??= build()
  if (z > Z_MAX) return lookup(tables.reclaim, HALF + 1, b, HALF) + (z - Z_MAX)
  return lookup(tables.reclaim, HALF + 1, b, z / Z_STEP)
}
