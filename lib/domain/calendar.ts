// Calendar days and months as UTC dates. AWS bills in UTC days, so a "day" here is always a UTC day, written
// YYYY-MM-DD. Ranges are inclusive on both ends, as a person says them; only the AWS adapter converts to
// Cost Explorer's exclusive end.
//
// Arithmetic runs on day numbers (days since 1970-01-01), never on the text: after 9999-12-31 comes
// 10000-01-01, which sorts *before* it as a string, so a loop that compared strings never ended. Every loop
// here counts numbers and is correct for any year. What the product *accepts* is narrower: SUPPORTED_DAYS.
export type IsoDay = string // YYYY-MM-DD
export type IsoMonth = string // YYYY-MM

/** The days the product accepts from anyone (API, pages, CLI, imported files): anything else is refused. */
export const SUPPORTED_DAYS = { first: '2000-01-01', last: '2099-12-31' } as const satisfies {
  first: IsoDay
  last: IsoDay
}
export const SUPPORTED_DAYS_MESSAGE = `expected a date between ${SUPPORTED_DAYS.first} and ${SUPPORTED_DAYS.last}`
export const SUPPORTED_MONTHS_MESSAGE = `expected a month between ${SUPPORTED_DAYS.first.slice(0, 7)} and ${SUPPORTED_DAYS.last.slice(0, 7)}`

const MS_PER_DAY = 86_400_000
const DAY = /^\d{4}-\d{2}-\d{2}$/
const MONTH = /^\d{4}-\d{2}$/
/** Years past 9999 come out of arithmetic (9999-12-31 + 1 day); they must read back for loops to stay correct. */
const ANY_DAY = /^(\d{4,})-(\d{2})-(\d{2})$/
const ANY_MONTH = /^(\d{4,})-(\d{2})$/

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function monthLength(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

// Days from civil and back (proleptic Gregorian, any year), after Howard Hinnant's algorithms.
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function civilOf(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const month = mp + (mp < 10 ? 3 : -9)
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1]
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

function formatYear(year: number): string {
  if (year < 0) throw new RangeError(`Year ${year} is before the calendar's first year (0).`)
  return pad(year, 4)
}

/** The day number (days since 1970-01-01) of a day; years past 9999 are read too. */
export function dayNumber(day: IsoDay): number {
  const match = ANY_DAY.exec(day)
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN]
  if (!match || month < 1 || month > 12 || date < 1 || date > monthLength(year, month))
    throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD).`)
  return dayNumberOf(year, month, date)
}

export function dayFromNumber(value: number): IsoDay {
  const [year, month, day] = civilOf(value)
  return `${formatYear(year)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Months since year 0, for counting. */
function monthIndex(month: IsoMonth): number {
  const match = ANY_MONTH.exec(month)
  const [year, number] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN]
  if (!match || number < 1 || number > 12) throw new RangeError(`"${month}" is not a month (YYYY-MM).`)
  return year * 12 + number - 1
}

function monthFromIndex(index: number): IsoMonth {
  return `${formatYear(Math.floor(index / 12))}-${pad((index % 12) + 1, 2)}`
}

/** YYYY-MM-DD naming a real calendar day (any four-digit year). */
export function isIsoDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)
}

export function isIsoMonth(value: string): boolean {
  return MONTH.test(value) && isIsoDay(`${value}-01`)
}

/** A valid day inside SUPPORTED_DAYS: the one check for every day that comes from outside (imports included). */
export function isSupportedDay(value: string): boolean {
  return isIsoDay(value) && value >= SUPPORTED_DAYS.first && value <= SUPPORTED_DAYS.last
}

export function isSupportedMonth(value: string): boolean {
  return isIsoMonth(value) && isSupportedDay(`${value}-01`)
}

export function dayToDate(day: IsoDay): Date {
  return new Date(dayNumber(day) * MS_PER_DAY)
}

export function dateToDay(date: Date): IsoDay {
  return dayFromNumber(Math.floor(date.getTime() / MS_PER_DAY))
}

export function addDaysTo(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumber(day) + days)
}

export function daysBetweenInclusive(from: IsoDay, to: IsoDay): number {
  return dayNumber(to) - dayNumber(from) + 1
}

/** The days from `from` to `to` inclusive (none when `from` is after `to`). */
export function eachDay(from: IsoDay, to: IsoDay): IsoDay[] {
  const days: IsoDay[] = []
  for (let day = dayNumber(from), last = dayNumber(to); day <= last; day++) days.push(dayFromNumber(day))
  return days
}

export function monthOf(day: IsoDay): IsoMonth {
  return day.slice(0, day.length - 3)
}

export function addMonthsTo(month: IsoMonth, months: number): IsoMonth {
  return monthFromIndex(monthIndex(month) + months)
}

export function firstDayOf(month: IsoMonth): IsoDay {
  return `${month}-01`
}

export function lastDayOf(month: IsoMonth): IsoDay {
  const index = monthIndex(month)
  return `${month}-${pad(monthLength(Math.floor(index / 12), (index % 12) + 1), 2)}`
}

export function daysInMonth(month: IsoMonth): number {
  const index = monthIndex(month)
  return monthLength(Math.floor(index / 12), (index % 12) + 1)
}

/** How many months `to` is after `from` (negative when before): 2026-11 → 2027-01 is 2. */
export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  return monthIndex(to) - monthIndex(from)
}

/** The months from `first` to `last` inclusive, oldest first (none when `first` is after `last`). */
export function eachMonth(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const months: IsoMonth[] = []
  for (let month = monthIndex(first), end = monthIndex(last); month <= end; month++) months.push(monthFromIndex(month))
  return months
}

/** The range is whole calendar months: it starts on a month's first day and ends on a month's last (what monthly rollups answer). */
export function isWholeMonths(range: { from: IsoDay; to: IsoDay }): boolean {
  return (
    range.from === firstDayOf(monthOf(range.from)) &&
    range.to === lastDayOf(monthOf(range.to)) &&
    range.from <= range.to
  )
}

export function startOfMonthDay(day: IsoDay): IsoDay {
  return firstDayOf(monthOf(day))
}

const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** "Feb" for month 2 (1-based, as a date's `MM` reads); the one list of month names. */
export function monthAbbreviation(month: number | string): string {
  const name = MONTH_ABBREVIATIONS[Number(month) - 1]
  if (name === undefined) throw new RangeError(`No month ${month}`)
  return name
}
