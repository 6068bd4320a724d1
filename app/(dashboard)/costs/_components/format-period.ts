import type { IsoDay } from '@/lib/domain/calendar'
import { formatMonth } from '@/lib/format'

/** A chart or table label for one period: "5 Oct" by day, "Oct 2026" by month. */
export function formatPeriod(start: IsoDay, granularity: 'daily' | 'monthly'): string {
  if (granularity === 'monthly') return formatMonth(start.slice(0, 7))
  const [, month, day] = start.split('-')
  return `${Number(day)} ${formatMonth(`2000-${month}`).slice(0, 3)}`
}
