// A month asked for that holds no data: what to offer instead, so an empty page leads somewhere.
import { type IsoMonth, monthsBetween } from '@/lib/domain/calendar'

/** Whether `month` is one of the months that have data. */
export function hasDataFor(available: readonly IsoMonth[], month: IsoMonth): boolean {
  return available.includes(month)
}

/**
 * The `count` months with data nearest to `requested` (the later one first on a tie, as the newer data is the
 * likelier intent), listed oldest first.
 */
export function nearestMonthsWithData(available: readonly IsoMonth[], requested: IsoMonth, count: number): IsoMonth[] {
  const distance = (month: IsoMonth) => Math.abs(monthsBetween(requested, month))
  const nearest = [...available].sort((a, b) => distance(a) - distance(b) || monthsBetween(a, b))
  return nearest.slice(0, Math.max(0, count)).sort((a, b) => monthsBetween(b, a))
}
