import type { IsoDay } from '@/lib/domain/calendar'
import { isWholeMonths } from '@/lib/domain/costs/periods'
import { formatDay, formatMonth } from '@/lib/format'

/** "Oct 2026", "Jul – Sep 2026", "10 Oct 2026 – 16 Oct 2026". */
export function formatRange(from: IsoDay, to: IsoDay): string {
  if (isWholeMonths(from, to)) {
    if (from.slice(0, 7) === to.slice(0, 7)) return formatMonth(from.slice(0, 7))
    return `${formatMonth(from.slice(0, 7))} – ${formatMonth(to.slice(0, 7))}`
  }
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`
}

/** A chart or table label for one period: "5 Oct" by day, "Oct 2026" by month. */
export function formatPeriod(start: IsoDay, granularity: 'daily' | 'monthly'): string {
  if (granularity === 'monthly') return formatMonth(start.slice(0, 7))
  const [, month, day] = start.split('-')
  return `${Number(day)} ${formatMonth(`2000-${month}`).slice(0, 3)}`
}
