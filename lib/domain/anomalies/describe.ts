// Plain-words formatting for explanations: counts with separators, dollars by the display rule, factors.
import { monthAbbreviation } from '@/lib/domain/calendar'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import type { Decimal } from '@/lib/domain/money'

export const count = (value: number): string => Math.round(value).toLocaleString('en-US')

/** Cents, or more digits below a dollar: a $0.004 keep-warm overrun must not read as $0.00. */
export const usd = (value: Decimal): string => formatSmallUsd(value.toFixed())

export const factor = (value: number): string => `${value.toFixed(value >= 10 ? 0 : 1)}×`

export const percent = (share: number): string => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`

export function duration(ms: number): string {
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(ms >= 600_000 ? 0 : 1)} min`
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`
  return `${Math.round(ms)} ms`
}

export function hours(value: number): string {
  return `${value.toFixed(value >= 100 ? 0 : 1)} h`
}

/** "on 14 Sep 2026" or "from 3 Oct to 31 Oct 2026". */
export function when(firstDay: string, lastDay: string): string {
  const [fy, fm, fd] = firstDay.split('-')
  const [ly, lm, ld] = lastDay.split('-')
  if (firstDay === lastDay) return `on ${Number(fd)} ${monthAbbreviation(fm!)} ${fy}`
  return `from ${Number(fd)} ${monthAbbreviation(fm!)}${fy === ly ? '' : ` ${fy}`} to ${Number(ld)} ${monthAbbreviation(lm!)} ${ly}`
}
