// Expected savings start from the hours a scheduled resource is stopped in a month, by the plan: the month's
// elapsed hours in the schedule's time zone (743 in a New York March, 721 in its November, 744 in a Seoul
// December) minus the hours inside runs, a run that crosses midnight into or out of the month counted only for
// its part inside. Hours are decimals (decimal.js, 40 significant digits), never floats.
import { addMonthsTo, firstDayOf, type IsoMonth, isIsoMonth, lastDayOf } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import { Decimal } from '../money'
import type { Schedule } from './schedule-definition'
import { PlanRangeError, runsBetween } from './schedule-runs'
import { zonedInstant } from '../time-zone/zoned-time'

const MS_PER_HOUR = 3_600_000

export type MonthHours = { month: IsoMonth; hoursInMonth: Decimal; hoursRunning: Decimal; hoursOff: Decimal }

/** Hours stopped in `month` by the plan; throws UnknownHolidayYearError when a day's holidays are not known. */
export function hoursOffInMonth(schedule: Schedule, month: IsoMonth, calendar?: HolidayCalendar): MonthHours {
  if (!isIsoMonth(month)) throw new PlanRangeError(`month must be YYYY-MM, got "${month}".`)
  const { runs, unknown } = runsBetween(schedule, { from: firstDayOf(month), to: lastDayOf(month), calendar })
  if (unknown.length > 0) throw unknown[0]!.error
  const monthStart = zonedInstant(firstDayOf(month), 0, schedule.timeZone)
  const monthEnd = zonedInstant(firstDayOf(addMonthsTo(month, 1)), 0, schedule.timeZone)
  let running = 0
  for (const run of runs) running += Math.max(0, Math.min(run.stop, monthEnd) - Math.max(run.start, monthStart))
  const hoursInMonth = new Decimal(monthEnd - monthStart).div(MS_PER_HOUR)
  const hoursRunning = new Decimal(running).div(MS_PER_HOUR)
  return { month, hoursInMonth, hoursRunning, hoursOff: hoursInMonth.minus(hoursRunning) }
}
