// A holiday calendar answers "is this day a day off?" for schedules (skip it) and forecasts (treat it like a
// Sunday). Korea's public holidays come from the gazette dataset; an organisation adds its own days off (a
// founding day every year, a one-off company holiday). A day in a year the public dataset does not cover is
// unknown, and asking about it throws: the caller says "unknown" instead of guessing.
import { type IsoDay, isIsoDay } from '../calendar'
import { classifyHolidayName, type HolidayKind } from './holiday-kinds'
import { KOREAN_HOLIDAY_YEARS, koreanPublicHolidays } from './korean-public-holidays'

export type CalendarId = 'KR' | 'none'

export type Holiday = {
  day: IsoDay
  /** The gazette's Korean names, or the organisation's own name for its day off. */
  names: readonly string[]
  kind: HolidayKind | 'company'
  /** A substitute day (대체공휴일) standing in for a holiday that fell on a weekend or on another holiday. */
  substitute: boolean
  source: 'public' | 'company'
}

/** A day off of the organisation's own: every year on a month-day ("03-15"), or once on a date. */
export type CompanyDayOff = { name: string } & ({ monthDay: string } | { day: IsoDay })

export type DayType = 'holiday' | 'weekend' | 'workday'

export class UnknownHolidayYearError extends Error {
  constructor(
    readonly calendar: CalendarId,
    readonly year: number,
  ) {
    super(
      `The ${calendar} public holidays of ${year} are not published yet (known: ${KOREAN_HOLIDAY_YEARS[0]}–${KOREAN_HOLIDAY_YEARS.at(-1)}).`,
    )
    this.name = 'UnknownHolidayYearError'
  }
}

export type HolidayCalendar = {
  id: CalendarId
  /** Whether the public holidays of the year are known (always true for the empty calendar). */
  knowsYear(year: number): boolean
  /** The day's holiday (public or company), or null; throws UnknownHolidayYearError for an unknown year. */
  holidayOn(day: IsoDay): Holiday | null
  /** Every holiday of a year in date order; throws UnknownHolidayYearError for an unknown year. */
  holidaysIn(year: number): Holiday[]
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export function holidayCalendar(id: CalendarId, companyDays: readonly CompanyDayOff[] = []): HolidayCalendar {
  for (const day of companyDays) {
    if ('day' in day ? !isIsoDay(day.day) : !MONTH_DAY.test(day.monthDay))
      throw new Error(`Not a date: ${JSON.stringify(day)}`)
  }
  const knowsYear = (year: number) => id === 'none' || koreanPublicHolidays(year) !== null

  function holidaysIn(year: number): Holiday[] {
    if (!knowsYear(year)) throw new UnknownHolidayYearError(id, year)
    const byDay = new Map<IsoDay, Holiday>()
    for (const [day, names] of Object.entries(id === 'KR' ? koreanPublicHolidays(year)! : {})) {
      // A day with two holidays (어린이날 and 부처님 오신 날 in 2025) is one day off with both names.
      const { kind, substitute } = classifyHolidayName(names[0]!)
      byDay.set(day, { day, names, kind, substitute, source: 'public' })
    }
    for (const company of companyDays) {
      const day = 'day' in company ? company.day : `${year}-${company.monthDay}`
      if (!day.startsWith(`${year}-`) || !isIsoDay(day) || byDay.has(day)) continue // 02-29 outside leap years
      byDay.set(day, { day, names: [company.name], kind: 'company', substitute: false, source: 'company' })
    }
    return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
  }

  const cache = new Map<number, Map<IsoDay, Holiday>>()
  function holidayOn(day: IsoDay): Holiday | null {
    const year = Number(day.slice(0, 4))
    let days = cache.get(year)
    if (!days) cache.set(year, (days = new Map(holidaysIn(year).map((holiday) => [holiday.day, holiday]))))
    return days.get(day) ?? null
  }

  return { id, knowsYear, holidayOn, holidaysIn }
}

/** Saturday and Sunday are weekend days; a holiday on a weekend is still a holiday (it names the day). */
export function dayType(calendar: HolidayCalendar, day: IsoDay): DayType {
  if (calendar.holidayOn(day)) return 'holiday'
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday'
}
