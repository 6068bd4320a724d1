import { type Decimal, ZERO } from '@/lib/domain/money'

/**
 * Keeps the `n` largest keys by total and folds the rest into "Other", so a chart stays readable while
 * every dollar is still shown (the stacked total equals the real total).
 */
export function topNWithOther(
  totals: Map<string, Decimal>,
  n: number,
  otherLabel = 'Other',
): { keep: string[]; fold: Set<string> } {
  const ranked = [...totals.entries()].sort((a, b) => b[1].comparedTo(a[1]) || a[0].localeCompare(b[0]))
  if (ranked.length <= n + 1) return { keep: ranked.map(([key]) => key), fold: new Set() }
  const keep = ranked.slice(0, n).map(([key]) => key)
  const fold = new Set(ranked.slice(n).map(([key]) => key))
  return { keep: [...keep, otherLabel], fold }
}

export function addTo(map: Map<string, Decimal>, key: string, value: Decimal) {
  map.set(key, (map.get(key) ?? ZERO).plus(value))
}
