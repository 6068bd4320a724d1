// What a period "should" have cost or shown, from the same function's own recent past: the median of the
// same weekday over the previous weeks (or the same hour over the previous days), skipping periods already
// found anomalous so an ongoing incident does not become its own baseline.
import { type Decimal, ZERO } from '@/lib/domain/money'
import { median, robustSpread } from '@/lib/domain/stats'

export type Baseline = { expected: Decimal; spread: number }

export type SeasonOptions = {
  /** 7 for days by weekday, 24 for hours by hour of day. */
  season: number
  cycles: number
  minSamples: number
  /** Without enough seasonal samples: the last `fallback` positions (at least half of them must be usable). */
  fallback: number
  /** The first usable position (before it the function did not exist or data was not loaded). */
  first: number
  excluded: (index: number) => boolean
}

/** Positions to compare `index` with: the same position in up to `cycles` earlier seasons, else the last `fallback`. */
export function comparablePositions(index: number, options: SeasonOptions): number[] | null {
  const seasonal: number[] = []
  for (let k = 1; k <= options.cycles; k++) {
    const at = index - k * options.season
    if (at < options.first) break
    if (!options.excluded(at)) seasonal.push(at)
  }
  if (seasonal.length >= options.minSamples) return seasonal
  const recent: number[] = []
  for (let at = index - 1; at >= options.first && recent.length < options.fallback; at--)
    if (!options.excluded(at)) recent.push(at)
  return options.fallback > 0 && recent.length >= Math.ceil(options.fallback / 2) ? recent : null
}

/** Median of exact amounts (the mean of the two middle ones for an even count). */
export function medianAmount(values: readonly Decimal[]): Decimal {
  if (values.length === 0) return ZERO
  const sorted = [...values].sort((a, b) => a.comparedTo(b))
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2)
}

export function amountBaseline(values: readonly Decimal[], positions: readonly number[]): Baseline {
  const picked = positions.map((at) => values[at]!)
  return { expected: medianAmount(picked), spread: robustSpread(picked.map((value) => value.toNumber())) ?? 0 }
}

export function medianAt(values: readonly number[], positions: readonly number[]): number {
  return median(positions.map((at) => values[at]!)) ?? 0
}

/** A pooled rate (e.g. errors per invocation) over the last `span` positions that are not excluded. */
export function pooledRate(
  numerators: readonly number[],
  denominators: readonly number[],
  index: number,
  options: { span: number; first: number; excluded: (index: number) => boolean },
): { rate: number; denominator: number } {
  let top = 0
  let bottom = 0
  for (let at = index - 1; at >= Math.max(options.first, index - options.span); at--) {
    if (options.excluded(at)) continue
    top += numerators[at]!
    bottom += denominators[at]!
  }
  return { rate: bottom > 0 ? top / bottom : 0, denominator: bottom }
}

export function ratio(actual: Decimal, expected: Decimal): number | null {
  return expected.gt(0) ? actual.div(expected).toNumber() : null
}
