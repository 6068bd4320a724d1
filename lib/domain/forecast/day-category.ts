// Spend follows the week: weekdays alike, weekends lower. A public holiday is spent like a Sunday (offices shut,
// batch jobs idle), so a forecast that treats 추석 as an ordinary Thursday overshoots by exactly the days people
// remember. Each day falls in one category: its weekday, or Sunday when the calendar says it is a holiday.
import type { IsoDay } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay; holidays are 0. */
export type DayCategory = 0 | 1 | 2 | 3 | 4 | 5 | 6

export function weekdayOf(day: IsoDay): DayCategory {
  return new Date(`${day}T00:00:00Z`).getUTCDay() as DayCategory
}

/**
 * The day's category. A calendar that does not know the day's year (holidays not published yet) cannot say
 * whether it is a holiday: the day keeps its weekday, and the caller reports the calendar as incomplete.
 */
export function dayCategory(
  day: IsoDay,
  calendar: HolidayCalendar,
): { category: DayCategory; holiday: boolean; calendarKnown: boolean } {
  const year = Number(day.slice(0, 4))
  if (!calendar.knowsYear(year)) return { category: weekdayOf(day), holiday: false, calendarKnown: false }
  const holiday = calendar.holidayOn(day) !== null
  return { category: holiday ? 0 : weekdayOf(day), holiday, calendarKnown: true }
}
