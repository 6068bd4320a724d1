// Calendar days and months as UTC dates. AWS bills in UTC days, so a "day" here is always a UTC day, written
// YYYY-MM-DD. Ranges are inclusive on both ends, as a person says them; only the AWS adapter converts to
// Cost Explorer's exclusive end.
import { addDays, addMonths, differenceInCalendarDays, endOfMonth, format, isValid, parseISO, startOfMonth } from 'date-fns'
import { UTCDate } from '@date-fns/utc'

export type IsoDay = string // YYYY-MM-DD
export type IsoMonth = string // YYYY-MM

const DAY = /^\d{4}-\d{2}-\d{2}$/
const MONTH = /^\d{4}-\d{2}$/

export function isIsoDay(value: string): boolean {
  return DAY.test(value) && isValid(parseISO(value)) && format(new UTCDate(value), 'yyyy-MM-dd') === value
}

export function isIsoMonth(value: string): boolean {
  return MONTH.test(value) && isIsoDay(`${value}-01`)
}

export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00.000Z`)
}

export function dateToDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10)
}

export function addDaysTo(day: IsoDay, days: number): IsoDay {
  return format(addDays(new UTCDate(day), days), 'yyyy-MM-dd')
}

export function daysBetweenInclusive(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(new UTCDate(to), new UTCDate(from)) + 1
}

export function eachDay(from: IsoDay, to: IsoDay): IsoDay[] {
  const days: IsoDay[] = []
  for (let day = from; day <= to; day = addDaysTo(day, 1)) days.push(day)
  return days
}

export function monthOf(day: IsoDay): IsoMonth {
  return day.slice(0, 7)
}

export function addMonthsTo(month: IsoMonth, months: number): IsoMonth {
  return format(addMonths(new UTCDate(`${month}-01`), months), 'yyyy-MM')
}

export function firstDayOf(month: IsoMonth): IsoDay {
  return `${month}-01`
}

export function lastDayOf(month: IsoMonth): IsoDay {
  return format(endOfMonth(new UTCDate(`${month}-01`)), 'yyyy-MM-dd')
}

export function daysInMonth(month: IsoMonth): number {
  return daysBetweenInclusive(firstDayOf(month), lastDayOf(month))
}

/** The months from `first` to `last` inclusive, oldest first. */
export function eachMonth(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const months: IsoMonth[] = []
  for (let month = first; month <= last; month = addMonthsTo(month, 1)) months.push(month)
  return months
}

export function startOfMonthDay(day: IsoDay): IsoDay {
  return format(startOfMonth(new UTCDate(day)), 'yyyy-MM-dd')
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "Feb" for month 2 (1-based, as a date's `MM` reads); the one list of month names. */
export function monthAbbreviation(month: number | string): string {
  const name = MONTH_ABBREVIATIONS[Number(month) - 1]
  if (name === undefined) throw new RangeError(`No month ${month}`)
  return name
}
