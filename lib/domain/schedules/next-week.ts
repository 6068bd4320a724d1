// "The plan for next week": Monday to Sunday after the week that holds `now` in the schedule's own time zone (a
// Sunday evening in Seoul is already Monday's week there, whatever UTC says).
import { addDaysTo, type IsoDay } from '../calendar'
import { WEEKDAYS } from './schedule-definition'
import { weekdayOf } from './clock-periods'
import { localDay } from '../time-zone/zoned-time'

export function nextWeek(now: number, timeZone: string): { from: IsoDay; to: IsoDay } {
  const today = localDay(now, timeZone)
  const monday = addDaysTo(today, WEEKDAYS.length - WEEKDAYS.indexOf(weekdayOf(today)))
  return { from: monday, to: addDaysTo(monday, 6) }
}
