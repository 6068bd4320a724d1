// Display formatting shared by server and client components. Money goes through the one rounding rule in
// lib/domain/money (cents, half away from zero); nothing here does arithmetic on amounts.
import { type IsoDay, isWholeMonths, monthAbbreviation } from '@/lib/domain/calendar'
import { roundToWon } from '@/lib/domain/fx/krw'
import { formatUsd, roundToCents } from '@/lib/domain/money'

export { formatUsd }

/** "2026-02" → "Feb 2026" */
export function formatMonth(month: string): string {
  const [year, index] = month.split('-')
  return `${monthAbbreviation(index!)} ${year}`
}

/** "2026-02-05" → "5 Feb 2026" */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-')
  return `${Number(date)} ${monthAbbreviation(month!)} ${year}`
}

/** The period a figure covers: "Oct 2026", "Jul 2026 – Sep 2026", "10 Oct 2026 – 16 Oct 2026". */
export function formatRange(from: IsoDay, to: IsoDay): string {
  if (isWholeMonths({ from, to })) {
    if (from.slice(0, 7) === to.slice(0, 7)) return formatMonth(from.slice(0, 7))
    return `${formatMonth(from.slice(0, 7))} – ${formatMonth(to.slice(0, 7))}`
  }
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`
}

/** "₩1,385,200": whole won, half away from zero (lib/domain/fx/krw). */
export function formatKrw(value: string): string {
  const won = roundToWon(value)
  return `${won.isNegative() && !won.isZero() ? '-' : ''}₩${won.abs().toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
}

export function formatPct(value: number | null, { signed = false } = {}): string {
  if (value === null) return '—'
  const sign = signed && value > 0 ? '+' : ''
  return `${sign}${value.toFixed(1)}%`
}

/** "+$1.20", "-$0.35"; a change that rounds to no cent is "$0.00", without a sign. */
export function formatSignedUsd(value: string): string {
  if (roundToCents(value).isZero()) return formatUsd(0)
  return value.startsWith('-') ? formatUsd(value) : `+${formatUsd(value)}`
}

/** The colour of a change in cost: up is bad, down is good, and under a cent is neither. */
export function deltaClass(value: string): string {
  if (roundToCents(value).isZero()) return ''
  return value.startsWith('-') ? 'delta-down' : 'delta-up'
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: value < 10 ? 2 : 0 }).format(value)
}

/** Decimal strings to chart numbers. Charts only draw; totals shown as text come from the exact strings. */
export function chartNumber(amount: string): number {
  return Number(amount)
}

/** "acme-production (111111111111)": an account in one line of text (a select's option, a title); the id alone when it has no other name. */
export function formatAccount(account: { id: string; name: string }): string {
  return account.name === account.id ? account.id : `${account.name} (${account.id})`
}
