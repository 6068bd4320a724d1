// Korea's public holidays (관공서의 공휴일에 관한 규정) from a maintained dataset of the official gazette's
// 월력요항, which includes substitute holidays, election days and 노동절 (a public holiday from 2026). Years the
// dataset does not cover are unknown: callers must say so, never guess (a forecast or a schedule built on a
// guessed calendar is wrong on exactly the days people notice).
import { y2018, y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026, y2027 } from '@hyunbinseo/holidays-kr/all'

/** Where the days come from, for the page that shows a calendar and for the audit of a skipped action. */
export const KOREAN_HOLIDAYS_SOURCE =
  '@hyunbinseo/holidays-kr 5.2027.1 (월력요항, Korea AeroSpace Administration), years 2018–2027'

const YEARS: Readonly<Record<number, Readonly<Record<string, readonly string[]>>>> = {
  2018: y2018,
  2019: y2019,
  2020: y2020,
  2021: y2021,
  2022: y2022,
  2023: y2023,
  2024: y2024,
  2025: y2025,
  2026: y2026,
  2027: y2027,
}

/** The years the dataset covers, ascending. */
export const KOREAN_HOLIDAY_YEARS: readonly number[] = Object.keys(YEARS)
  .map(Number)
  .sort((a, b) => a - b)

/** The gazette's names for each public holiday of a year (YYYY-MM-DD → names), or null for an unknown year. */
export function koreanPublicHolidays(year: number): Readonly<Record<string, readonly string[]>> | null {
  return YEARS[year] ?? null
}
