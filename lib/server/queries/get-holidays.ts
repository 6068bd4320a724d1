import 'server-only'
import type { z } from 'zod'
import { UnknownHolidayYearError } from '@/lib/domain/holidays/holiday-calendar'
import { KOREAN_HOLIDAYS_SOURCE } from '@/lib/domain/holidays/korean-public-holidays'
import type { holidaysResponse } from '@/lib/schemas/holidays'
import type { Db } from '@/lib/server/db/prisma'
import { koreanCalendarWith, listCompanyDaysOff } from '@/lib/server/stored/company-days-off'

/** A year's days off, or "unknown" (with why) for a year whose public holidays are not published yet: never a guess. */
export async function getHolidays(db: Db, year: number): Promise<z.infer<typeof holidaysResponse>> {
  const companyDaysOff = await listCompanyDaysOff(db)
  const base = { calendar: 'KR' as const, year, source: KOREAN_HOLIDAYS_SOURCE, companyDaysOff }
  try {
    const holidays = koreanCalendarWith(companyDaysOff).holidaysIn(year)
    return {
      ...base,
      known: true,
      unknownReason: null,
      holidays: holidays.map((holiday) => ({ ...holiday, names: [...holiday.names] })),
    }
  } catch (error) {
    if (!(error instanceof UnknownHolidayYearError)) throw error
    return { ...base, known: false, unknownReason: error.message, holidays: null }
  }
}
