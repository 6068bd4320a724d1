// Display formatting shared by server and client components, the one home of how numbers, money and dates read in
// each language. Money goes through the one rounding rule in lib/domain/money (cents, half away from zero; won in
// lib/domain/fx); nothing here does arithmetic on amounts. Texts are built here rather than by Intl, whose locale
// data differs between Node and browsers: the server's text is the browser's, so hydration never mismatches.
import { type IsoDay, isWholeMonths, monthAbbreviation } from '@/lib/domain/calendar'
import type { Currency } from '@/lib/domain/fx/currency'
import { zoneAbbreviation } from '@/lib/domain/time-zone/zone-label'
import { zonedIso } from '@/lib/domain/time-zone/zoned-time'
import { formatKrw } from '@/lib/domain/fx/krw'
import { type DecimalInput, formatUsd, roundToCents } from '@/lib/domain/money'
import type { Locale } from '@/lib/i18n/locales'

export { formatKrw, formatUsd }

/** "2026-02" → "Feb 2026"; in Korean "2026년 2월". Written here, not by Intl, so every browser shows the server's text. */
export function formatMonth(month: string, locale: Locale = 'en'): string {
  const [year, index] = month.split('-')
  return locale === 'ko' ? `${year}년 ${Number(index)}월` : `${monthAbbreviation(index!)} ${year}`
}

/** "2026-02-05" → "5 Feb 2026"; in Korean "2026년 2월 5일". */
export function formatDay(day: string, locale: Locale = 'en'): string {
  const [year, month, date] = day.split('-')
  return locale === 'ko'
    ? `${year}년 ${Number(month)}월 ${Number(date)}일`
    : `${Number(date)} ${monthAbbreviation(month!)} ${year}`
}

/** "2026-11-16" → "16 Nov"; in Korean "11월 16일": short, for chart axes. */
export function formatShortDay(day: string, locale: Locale = 'en'): string {
  const [, month, date] = day.split('-')
  return locale === 'ko' ? `${Number(month)}월 ${Number(date)}일` : `${Number(date)} ${monthAbbreviation(month!)}`
}

/** Where and how the reader reads instants: their time zone (lib/i18n/time-zones.ts) and language. */
export type TimeFormat = { zone: string; locale: Locale }

function clockText(instant: number, { zone, locale }: TimeFormat): string {
  const local = zonedIso(instant, zone) // 2026-11-16T09:00:00+09:00
  const [month, day, time] = [Number(local.slice(5, 7)), Number(local.slice(8, 10)), local.slice(11, 16)]
  return locale === 'ko' ? `${month}월 ${day}일 ${time}` : `${day} ${monthAbbreviation(month)} ${time}`
}

/** An instant in the reader's zone, always labelled with it: "22 Nov 16:38 KST"; in Korean "11월 22일 16:38 KST". */
export function formatInstant(iso: string, format: TimeFormat): string {
  const instant = Date.parse(iso)
  return `${clockText(instant, format)} ${zoneAbbreviation(format.zone, instant)}`
}

/** The start of an hour of metrics in the reader's zone, for axes and rows whose heading names the zone: "16 Nov 17:00". */
export function formatHour(iso: string, format: TimeFormat): string {
  return clockText(Date.parse(iso), format)
}

/** The zone's label for a heading or a caption over times around that instant ("KST"). */
export function formatZone(iso: string, format: TimeFormat): string {
  return zoneAbbreviation(format.zone, Date.parse(iso))
}

/**
 * An amount in the reader's display currency, the same text in both languages: "$1,478.05" (cents) or "₩2,047,395"
 * (won; give the won, USD × the month's rate). Never compact units (1.2만) for amounts finance reads.
 */
export function formatMoney(amount: DecimalInput, currency: Currency): string {
  return currency === 'KRW' ? formatKrw(amount) : formatUsd(amount)
}

/** The period a figure covers: "Oct 2026", "Jul 2026 – Sep 2026", "10 Oct 2026 – 16 Oct 2026". */
export function formatRange(from: IsoDay, to: IsoDay, locale: Locale = 'en'): string {
  if (isWholeMonths({ from, to })) {
    if (from.slice(0, 7) === to.slice(0, 7)) return formatMonth(from.slice(0, 7), locale)
    return `${formatMonth(from.slice(0, 7), locale)} – ${formatMonth(to.slice(0, 7), locale)}`
  }
  return from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`
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
