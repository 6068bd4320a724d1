// Robust statistics of a series, shared by the anomaly detectors, keep-warm and the forecast (so none of them
// imports another for it): medians and median absolute deviations resist the very outliers the detectors look
// for, where means and standard deviations would be dragged along by them.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Median absolute deviation scaled to estimate a normal standard deviation (× 1.4826). */
export function robustSpread(values: readonly number[]): number | null {
  const center = median(values)
  if (center === null) return null
  return 1.4826 * median(values.map((value) => Math.abs(value - center)))!
}

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower)
}

/**
 * Whether a count is far above what a rate predicts: at least `minimum`, and more than `sigmas` Poisson standard
 * deviations above the expectation (plus a small constant so a zero expectation does not make 1 significant).
 */
export function countExceeds(
  observed: number,
  expected: number,
  { minimum, sigmas = 5 }: { minimum: number; sigmas?: number },
): boolean {
  return observed >= minimum && observed > expected + sigmas * Math.sqrt(Math.max(expected, 0)) + 3
}

/**
 * Mean of the values left after dropping `trim` of them at each end (0.2: the lowest and highest fifth). Nearly
 * as steady as a mean on ordinary days, nearly as deaf as a median to a burst.
 */
export function trimmedMean(values: readonly number[], trim: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const cut = Math.min(Math.floor(sorted.length * trim), (sorted.length - 1) >> 1)
  const kept = sorted.slice(cut, sorted.length - cut)
  return kept.reduce((total, value) => total + value, 0) / kept.length
}

/**
 * Theil-Sen slope: the median of the slopes between every pair of points at least `minGap` apart in x. One
 * outlier moves few pairs, so a burst does not read as a trend.
 */
export function theilSenSlope(points: readonly { x: number; y: number }[], minGap: number): number | null {
  const slopes: number[] = []
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j]!.x - points[i]!.x
      if (Math.abs(dx) >= minGap) slopes.push((points[j]!.y - points[i]!.y) / dx)
    }
  }
  return median(slopes)
}
