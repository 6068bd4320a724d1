// What a chart's value axis shows: round ticks (1, 2, 2.5 or 5 times a power of ten) in one unit for the whole
// axis, chosen from the largest value, so an axis never reads "0.0 ms / 40 s / 1.3 min". Charts draw what this
// gives them (components/charts); the choice of ticks and unit is made here, once.

export type AxisKind = 'usd' | 'count' | 'duration'

export type ValueAxis = {
  /** The range drawn: from the first tick to the last. */
  domain: [number, number]
  ticks: number[]
  /** A tick's text, in the axis's unit with the same decimals on every tick. */
  format: (value: number) => string
}

type Unit = { factor: number; from: number; text: (digits: string) => string }

// The finest step an axis of each kind shows, in its base unit (dollars, counts, milliseconds).
const FINEST_STEP: Record<AxisKind, number> = { usd: 1e-6, count: 1, duration: 0.01 }

// The units of each kind, smallest first; an axis takes the largest whose `from` its values reach. Durations are
// given in milliseconds.
const UNITS: Record<AxisKind, Unit[]> = {
  usd: [
    { factor: 1, from: 0, text: (digits) => `$${digits}` },
    { factor: 1e6, from: 1e7, text: (digits) => `$${digits}M` },
  ],
  count: [
    { factor: 1, from: 0, text: (digits) => digits },
    { factor: 1e3, from: 1e4, text: (digits) => `${digits}k` },
    { factor: 1e6, from: 1e7, text: (digits) => `${digits}M` },
    { factor: 1e9, from: 1e10, text: (digits) => `${digits}B` },
  ],
  duration: [
    { factor: 1, from: 0, text: (digits) => `${digits} ms` },
    { factor: 1e3, from: 1e3, text: (digits) => `${digits} s` },
    { factor: 6e4, from: 12e4, text: (digits) => `${digits} min` },
    { factor: 36e5, from: 72e5, text: (digits) => `${digits} h` },
  ],
}

const MULTIPLES = [1, 2, 2.5, 5, 10]

/** Digits after the point that a step of 2.5 × 10^k or m × 10^k (m = 1, 2, 5) needs. */
function decimalsOf(step: number): number {
  const exponent = Math.floor(Math.log10(step) + 1e-9)
  return Math.max(0, -exponent + (Math.abs(step / 10 ** exponent - 2.5) < 1e-9 ? 1 : 0))
}

/**
 * Round ticks covering [min, max] with about `target` intervals: a step of 1, 2, 2.5 or 5 × 10^k, the first
 * tick at or below min and the last at or above max. `minStep` (a power of ten) is the finest step shown: whole
 * numbers for counts, and no axis in fractions of a cent too small to mean anything.
 */
export function niceTicks(
  min: number,
  max: number,
  { target = 4, minStep = 1e-9 } = {},
): { ticks: number[]; step: number; decimals: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) throw new RangeError(`No axis for [${min}, ${max}]`)
  if (!(minStep > 0)) throw new RangeError(`The finest step must be positive: ${minStep}`)
  // A single value (often all zeros) gets a unit's worth of axis above it.
  const top = max > min ? max : min + (Math.abs(min) || 1)
  const rough = Math.max((top - min) / target, minStep)
  const magnitude = 10 ** Math.floor(Math.log10(rough) + 1e-9)
  // The tolerance keeps 20 / 4 = 5.000000000000001 from becoming a step of 10.
  const step = MULTIPLES.map((multiple) => multiple * magnitude).find((candidate) => candidate >= rough * (1 - 1e-9))!
  const decimals = decimalsOf(step)
  const first = Math.floor(min / step + 1e-9)
  const last = Math.max(first + 1, Math.ceil(top / step - 1e-9))
  const ticks = Array.from({ length: last - first + 1 }, (_, index) =>
    Number(((first + index) * step).toFixed(decimals)),
  )
  return { ticks, step, decimals }
}

/** The axis for values of one kind (nulls and non-finite values are not drawn); zero is always on it. */
export function valueAxis(kind: AxisKind, values: Iterable<number | null | undefined>): ValueAxis {
  let min = 0
  let max = 0
  for (const value of values) {
    if (value === null || value === undefined || !Number.isFinite(value)) continue
    min = Math.min(min, value)
    max = Math.max(max, value)
  }
  const extent = Math.max(Math.abs(min), Math.abs(max))
  const units = UNITS[kind]
  const unit = units.findLast((candidate) => extent >= candidate.from)!
  // Counts are whole in their own unit (no "1.5 requests"); a larger unit may show fractions ("2.5k").
  const { ticks, decimals } = niceTicks(min / unit.factor, max / unit.factor, {
    minStep: FINEST_STEP[kind] / unit.factor,
  })
  const shownDecimals = kind === 'usd' && decimals > 0 ? Math.max(2, decimals) : decimals
  const digits = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: shownDecimals,
    maximumFractionDigits: shownDecimals,
  })
  const format = (value: number) => {
    const scaled = value / unit.factor
    const text = unit.text(digits.format(Math.abs(scaled)))
    return scaled < 0 && digits.format(Math.abs(scaled)) !== digits.format(0) ? `-${text}` : text
  }
  return {
    domain: [ticks[0]! * unit.factor, ticks.at(-1)! * unit.factor],
    ticks: ticks.map((tick) => tick * unit.factor),
    format,
  }
}

/**
 * A logarithmic axis: a tick at every power of ten from below the smallest positive value to above the largest.
 * Amounts under a dollar keep the cents ("$0.01", "$0.10"); counts are compact ("10k", "1M").
 */
export function logAxis(kind: Exclude<AxisKind, 'duration'>, values: Iterable<number | null | undefined>): ValueAxis {
  const positive = [...values].filter(
    (value): value is number => value !== null && value !== undefined && Number.isFinite(value) && value > 0,
  )
  const low = positive.length ? Math.floor(Math.log10(Math.min(...positive))) : 0
  const high = positive.length ? Math.max(low + 1, Math.ceil(Math.log10(Math.max(...positive)))) : 1
  const ticks = Array.from({ length: high - low + 1 }, (_, index) => Number(`1e${low + index}`))
  const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })
  const format =
    kind === 'usd'
      ? (value: number) => {
          const decimals = value < 1 ? Math.max(2, -Math.floor(Math.log10(value) + 1e-9)) : 0
          return `$${new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)}`
        }
      : (value: number) => compact.format(value)
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks, format }
}

/**
 * The ends of each row's stacked bar, for the axis of a stacked chart: positive values stack up from zero and
 * negative ones (credits) down from it.
 */
export function stackExtents(rows: readonly Record<string, unknown>[], keys: readonly string[]): number[] {
  return rows.flatMap((row) => {
    let up = 0
    let down = 0
    for (const key of keys) {
      const value = row[key]
      if (typeof value !== 'number' || !Number.isFinite(value)) continue
      if (value > 0) up += value
      else down += value
    }
    return [up, down]
  })
}
