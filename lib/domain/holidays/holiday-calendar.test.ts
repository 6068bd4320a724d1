import { describe, expect, it } from 'vitest'
import { dayType, holidayCalendar, UnknownHolidayYearError } from './holiday-calendar'

// Expected days written by hand from the government's announcements (월력요항 2026 and 2027, 인사혁신처
// substitute-holiday notices), not read from the dataset under test.
const KOREA_2026 = [
  ['2026-01-01', 'new_year', false],
  ['2026-02-16', 'seollal_eve', false],
  ['2026-02-17', 'seollal', false],
  ['2026-02-18', 'seollal_after', false],
  ['2026-03-01', 'independence_movement', false], // a Sunday…
  ['2026-03-02', 'independence_movement', true], // …so Monday is its substitute
  ['2026-05-01', 'labour_day', false], // 노동절: a public holiday from 2026
  ['2026-05-05', 'childrens_day', false],
  ['2026-05-24', 'buddhas_birthday', false], // Sunday
  ['2026-05-25', 'buddhas_birthday', true],
  ['2026-06-03', 'election', false], // 전국동시지방선거
  ['2026-06-06', 'memorial_day', false], // Saturday: 현충일 has no substitute day
  ['2026-07-17', 'constitution_day', false], // 제헌절 is a public holiday again from 2026
  ['2026-08-15', 'liberation_day', false], // Saturday
  ['2026-08-17', 'liberation_day', true],
  ['2026-09-24', 'chuseok_eve', false],
  ['2026-09-25', 'chuseok', false],
  ['2026-09-26', 'chuseok_after', false],
  ['2026-10-03', 'foundation_day', false], // Saturday
  ['2026-10-05', 'foundation_day', true],
  ['2026-10-09', 'hangul_day', false],
  ['2026-12-25', 'christmas', false],
] as const

const KOREA_2027 = [
  ['2027-01-01', 'new_year', false],
  ['2027-02-06', 'seollal_eve', false], // Saturday
  ['2027-02-07', 'seollal', false], // Sunday
  ['2027-02-08', 'seollal_after', false],
  ['2027-02-09', 'seollal', true], // 설날 on a Sunday: one substitute day after the three
  ['2027-03-01', 'independence_movement', false],
  ['2027-05-01', 'labour_day', false], // Saturday
  ['2027-05-03', 'labour_day', true],
  ['2027-05-05', 'childrens_day', false],
  ['2027-05-13', 'buddhas_birthday', false],
  ['2027-06-06', 'memorial_day', false], // Sunday, no substitute
  ['2027-07-17', 'constitution_day', false], // Saturday
  ['2027-07-19', 'constitution_day', true],
  ['2027-08-15', 'liberation_day', false], // Sunday
  ['2027-08-16', 'liberation_day', true],
  ['2027-09-14', 'chuseok_eve', false],
  ['2027-09-15', 'chuseok', false],
  ['2027-09-16', 'chuseok_after', false],
  ['2027-10-03', 'foundation_day', false], // Sunday
  ['2027-10-04', 'foundation_day', true],
  ['2027-10-09', 'hangul_day', false], // Saturday
  ['2027-10-11', 'hangul_day', true],
  ['2027-12-25', 'christmas', false], // Saturday
  ['2027-12-27', 'christmas', true],
] as const

describe('Korean public holidays', () => {
  const korea = holidayCalendar('KR')

  it.each([
    [2026, KOREA_2026],
    [2027, KOREA_2027],
  ])('%i: every public holiday and substitute day, and nothing else', (year, expected) => {
    expect(korea.holidaysIn(year).map((holiday) => [holiday.day, holiday.kind, holiday.substitute])).toEqual(expected)
  })

  it('keeps the gazette names', () => {
    expect(korea.holidayOn('2026-02-17')?.names).toEqual(['설날'])
    expect(korea.holidayOn('2027-02-09')?.names).toEqual(['대체공휴일(설날)'])
  })

  it('a day that is not a holiday is null', () => {
    expect(korea.holidayOn('2026-12-24')).toBeNull()
    expect(korea.holidayOn('2026-02-19')).toBeNull() // the day after 설날's three days
  })

  it('refuses to guess the holidays of a year the gazette has not published', () => {
    expect(korea.knowsYear(2027)).toBe(true)
    expect(korea.knowsYear(2028)).toBe(false)
    expect(() => korea.holidayOn('2028-01-01')).toThrow(UnknownHolidayYearError)
    expect(() => korea.holidaysIn(2017)).toThrow(/2017 are not published yet \(known: 2018–2027\)/)
  })

  it('a day with two holidays is one day off with both names', () => {
    expect(korea.holidayOn('2025-05-05')).toMatchObject({
      names: ['어린이날', '부처님 오신 날'],
      kind: 'childrens_day',
    })
  })

  it('classifies election and temporary holidays of earlier years', () => {
    expect(korea.holidayOn('2024-04-10')).toMatchObject({ kind: 'election', names: ['제22대국회의원선거'] })
    expect(korea.holidayOn('2024-10-01')).toMatchObject({ kind: 'temporary' }) // 국군의 날 임시공휴일
  })
})

describe('company days off', () => {
  const calendar = holidayCalendar('KR', [
    { name: '창립기념일', monthDay: '03-16' },
    { name: '전사 휴무', day: '2026-12-31' },
    { name: 'Leap day party', monthDay: '02-29' },
    { name: 'On a public holiday', day: '2026-12-25' },
  ])

  it('adds a yearly day and a one-off day, each with its name', () => {
    expect(calendar.holidayOn('2026-03-16')).toEqual({
      day: '2026-03-16',
      names: ['창립기념일'],
      kind: 'company',
      substitute: false,
      source: 'company',
    })
    expect(calendar.holidayOn('2027-03-16')?.kind).toBe('company')
    expect(calendar.holidayOn('2026-12-31')?.names).toEqual(['전사 휴무'])
    expect(calendar.holidayOn('2027-12-31')).toBeNull() // one-off: that year only
  })

  it('a yearly 02-29 exists only in leap years, and a public holiday keeps its own name', () => {
    expect(calendar.holidaysIn(2026).some((holiday) => holiday.day.endsWith('02-29'))).toBe(false)
    expect(calendar.holidayOn('2024-02-29')?.names).toEqual(['Leap day party'])
    expect(calendar.holidayOn('2026-12-25')).toMatchObject({ kind: 'christmas', source: 'public' })
  })

  it('company days still need the year to be known', () => {
    expect(() => calendar.holidayOn('2028-03-16')).toThrow(UnknownHolidayYearError)
  })

  it('rejects a malformed day', () => {
    expect(() => holidayCalendar('KR', [{ name: 'x', monthDay: '13-01' }])).toThrow(/Not a date/)
    expect(() => holidayCalendar('KR', [{ name: 'x', day: '2026-02-30' }])).toThrow(/Not a date/)
  })
})

describe('the empty calendar and day types', () => {
  it('with no calendar every year is known and only weekends are days off', () => {
    const none = holidayCalendar('none')
    expect(none.knowsYear(2099)).toBe(true)
    expect(none.holidayOn('2026-12-25')).toBeNull()
    expect(dayType(none, '2026-12-25')).toBe('workday') // a Friday
    expect(dayType(none, '2026-12-26')).toBe('weekend')
  })

  it('in Korea a weekday holiday is a holiday, a Saturday holiday too, and an ordinary Monday is a workday', () => {
    const korea = holidayCalendar('KR')
    expect(dayType(korea, '2026-12-25')).toBe('holiday')
    expect(dayType(korea, '2026-08-15')).toBe('holiday') // Saturday
    expect(dayType(korea, '2026-12-28')).toBe('workday')
    expect(dayType(korea, '2026-12-27')).toBe('weekend')
  })
})
