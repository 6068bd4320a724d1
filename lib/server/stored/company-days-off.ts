// The organisation's own days off (company_day_off), and the holiday calendar they make with Korea's public
// holidays (lib/domain/holidays): what GET /api/holidays shows, and what schedules and forecasts are to ask.
import 'server-only'
import { type HolidayCalendar, holidayCalendar } from '@/lib/domain/holidays/holiday-calendar'
import type { CompanyDayOffDto } from '@/lib/schemas/holidays'
import type { Db } from '@/lib/server/db/prisma'

type Reader = Pick<Db, '$queryRawUnsafe'>

export const COMPANY_DAY_OFF_COLUMNS = `id, name, to_char(day, 'YYYY-MM-DD') AS day, month_day AS "monthDay", created_by AS "createdBy",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`

/** Every day off the organisation added, in calendar order (month-day), yearly ones first. */
export async function listCompanyDaysOff(db: Reader): Promise<CompanyDayOffDto[]> {
  return db.$queryRawUnsafe<CompanyDayOffDto[]>(
    `SELECT ${COMPANY_DAY_OFF_COLUMNS} FROM company_day_off ORDER BY coalesce(to_char(day, 'MM-DD'), month_day), day NULLS FIRST, id`,
  )
}

/** Korea's public holidays with these days off on top. */
export function koreanCalendarWith(daysOff: readonly CompanyDayOffDto[]): HolidayCalendar {
  return holidayCalendar(
    'KR',
    daysOff.map((day) => (day.day ? { name: day.name, day: day.day } : { name: day.name, monthDay: day.monthDay! })),
  )
}
