import { describe, expect, it } from 'vitest'
import { dayNumber, eachDay } from '../calendar'
import { sum } from '../money'
import { holidayCalendar } from '../holidays/holiday-calendar'
import { backtestMonth } from './backtest'
import { type CostDay, forecastMonth, runRateForecast } from './forecast-month'

const korea = holidayCalendar('KR')
const noHolidays = holidayCalendar('none')

// A week that repeats exactly: weekdays $10, Saturday $4, Sunday (and, in Korea, a holiday) $3.
function weeklyCosts(from: string, to: string, calendar = korea, scale = (_day: string) => 1): CostDay[] {
  return eachDay(from, to).map((day) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
    const sundayLike =
      weekday === 0 || (calendar.knowsYear(Number(day.slice(0, 4))) && calendar.holidayOn(day) !== null)
    const amount = sundayLike ? 3 : weekday === 6 ? 4 : 10
    return { day, amountUsd: (amount * scale(day)).toFixed(2), estimated: false }
  })
}

describe('month-end forecast', () => {
  it('on a week that repeats exactly, the forecast is the month the pattern makes, with no band', () => {
    // November 2026 (no Korean holiday): 21 weekdays × $10 + 4 Saturdays × $4 + 5 Sundays × $3 = $241
    const costs = weeklyCosts('2026-09-01', '2026-11-12')
    const forecast = forecastMonth({ month: '2026-11', asOf: '2026-11-12', costs, calendar: korea })
    // 1-12 Nov: Sun 1, 8 ($6); Sat 7 ($4); 9 weekdays ($90) = $100
    expect(forecast.actualToDate.toFixed()).toBe('100')
    expect(forecast.forecast.toFixed()).toBe('241')
    expect(forecast.low.toFixed()).toBe('241')
    expect(forecast.high.toFixed()).toBe('241')
    expect(forecast.days.filter((day) => day.kind === 'final')).toHaveLength(12)
    expect(forecast.days.filter((day) => day.kind === 'forecast')).toHaveLength(18)
  })

  it('a Korean holiday in the remaining days is forecast like a Sunday', () => {
    // December 2026: Friday the 25th is 기독탄신일. Without the holiday calendar it is a $10 weekday, with it $3.
    const withHolidays = forecastMonth({
      month: '2026-12',
      asOf: '2026-12-07',
      costs: weeklyCosts('2026-10-01', '2026-12-07'),
      calendar: korea,
    })
    const without = forecastMonth({
      month: '2026-12',
      asOf: '2026-12-07',
      costs: weeklyCosts('2026-10-01', '2026-12-07'),
      calendar: noHolidays,
    })
    expect(without.forecast.minus(withHolidays.forecast).toFixed()).toBe('7')
    expect(withHolidays.days.find((day) => day.day === '2026-12-25')?.amountUsd).toBe('3')
  })

  it('a past holiday does not drag its weekday down: 추석 Thursday-Friday leave Thursdays at $10', () => {
    // 24-26 Sep 2026 (Thu-Sat) are 추석; October's Thursdays must still be forecast at $10.
    const forecast = forecastMonth({
      month: '2026-10',
      asOf: '2026-10-02',
      costs: weeklyCosts('2026-08-20', '2026-10-02'),
      calendar: korea,
    })
    expect(forecast.days.find((day) => day.day === '2026-10-08')?.amountUsd).toBe('10') // a Thursday
    expect(forecast.days.find((day) => day.day === '2026-10-09')?.amountUsd).toBe('3') // 한글날, a Friday
  })

  it('an estimated day is not taken as final: it counts at least the model expectation and is not learnt from', () => {
    const costs = weeklyCosts('2026-09-01', '2026-11-11')
    costs.push({ day: '2026-11-12', amountUsd: '2.50', estimated: true }) // a Thursday, only partly reported
    const forecast = forecastMonth({ month: '2026-11', asOf: '2026-11-12', costs, calendar: korea })
    expect(forecast.days.find((day) => day.day === '2026-11-12')).toEqual({
      day: '2026-11-12',
      kind: 'estimated',
      amountUsd: '10',
    })
    expect(forecast.forecast.toFixed()).toBe('241') // as if the day were a normal $10 weekday
    expect(forecast.actualToDate.toFixed()).toBe('92.5') // what is recorded so far, estimated day included
  })

  it('an estimated day above the expectation keeps its recorded amount', () => {
    const costs = weeklyCosts('2026-09-01', '2026-11-11')
    costs.push({ day: '2026-11-12', amountUsd: '25', estimated: true })
    const forecast = forecastMonth({ month: '2026-11', asOf: '2026-11-12', costs, calendar: korea })
    expect(forecast.forecast.toFixed()).toBe('256') // $241 + $15 more on the 12th
  })

  it('a one-off step is the new level, not a trend', () => {
    // Spend doubles from 1 October: a forecast on 31 October for November sees the doubled level and no growth
    // (2 × $241; the weekly profile, learnt across the step, is off by under half a percent).
    const costs = weeklyCosts('2026-08-01', '2026-10-31', korea, (day) => (day >= '2026-10-01' ? 2 : 1))
    const forecast = forecastMonth({ month: '2026-11', asOf: '2026-10-31', costs, calendar: korea }).forecast.toNumber()
    expect(forecast).toBeGreaterThan(482 * 0.995)
    expect(forecast).toBeLessThan(482 * 1.005)
  })

  it('carries steady growth forward where the run rate lags it', () => {
    // +0.5% a day from 1 August: November really costs $410.02 (the sum of the scaled week below).
    const grow = (day: string) => 1.005 ** (dayNumber(day) - dayNumber('2026-08-01'))
    const all = weeklyCosts('2026-08-01', '2026-11-30', korea, grow)
    expect(sum(all.filter((cost) => cost.day.startsWith('2026-11')).map((cost) => cost.amountUsd)).toFixed()).toBe(
      '410.02',
    )
    const known = all.filter((cost) => cost.day <= '2026-11-07')
    const forecast = forecastMonth({
      month: '2026-11',
      asOf: '2026-11-07',
      costs: known,
      calendar: korea,
    }).forecast.toNumber()
    const runRate = runRateForecast('2026-11', '2026-11-07', known).toNumber()
    expect(Math.abs(forecast - 410.02) / 410.02).toBeLessThan(0.025) // damped: a little under
    expect(Math.abs(runRate - 410.02) / 410.02).toBeGreaterThan(0.04) // $392.44: a week behind
  })

  it('says when a remaining day falls in a year without a published holiday calendar', () => {
    const costs = weeklyCosts('2027-10-01', '2027-12-10')
    expect(forecastMonth({ month: '2027-12', asOf: '2027-12-10', costs, calendar: korea }).calendarKnown).toBe(true)
    const nextYear = weeklyCosts('2027-11-01', '2027-12-31').concat(weeklyCosts('2028-01-01', '2028-01-05', noHolidays))
    expect(
      forecastMonth({ month: '2028-01', asOf: '2028-01-05', costs: nextYear, calendar: korea }).calendarKnown,
    ).toBe(false)
  })

  it('the band holds the forecast, widens with noise, and is the same on every call', () => {
    let noise = 0
    const noisy = weeklyCosts('2026-09-01', '2026-11-10', korea, () => {
      noise = (noise * 37 + 11) % 17
      return 0.7 + noise / 27 // 0.7 … 1.29, deterministic
    })
    const first = forecastMonth({ month: '2026-11', asOf: '2026-11-10', costs: noisy, calendar: korea })
    const again = forecastMonth({ month: '2026-11', asOf: '2026-11-10', costs: noisy, calendar: korea })
    expect(first.low.lessThan(first.forecast)).toBe(true)
    expect(first.high.greaterThan(first.forecast)).toBe(true)
    expect(first.low.greaterThanOrEqualTo(first.actualToDate)).toBe(true)
    expect([again.low.toFixed(), again.high.toFixed()]).toEqual([first.low.toFixed(), first.high.toFixed()])
  })

  it('a finished month is its actual', () => {
    const costs = weeklyCosts('2026-09-01', '2026-11-30')
    const forecast = forecastMonth({ month: '2026-11', asOf: '2026-12-05', costs, calendar: korea })
    expect([
      forecast.actualToDate.toFixed(),
      forecast.forecast.toFixed(),
      forecast.low.toFixed(),
      forecast.high.toFixed(),
    ]).toEqual(['241', '241', '241', '241'])
  })
})

describe('run rate and backtest', () => {
  it('run rate is month-to-date ÷ days elapsed × days in month', () => {
    // 1-12 Nov cost $100 (see above): 100 / 12 × 30 = 250
    expect(runRateForecast('2026-11', '2026-11-12', weeklyCosts('2026-11-01', '2026-11-12')).toFixed()).toBe('250')
  })

  it('replays last month on days 7, 14 and 21 against its actual', () => {
    const backtest = backtestMonth('2026-11', weeklyCosts('2026-09-01', '2026-11-30'), korea)
    expect(backtest.actual.toFixed()).toBe('241')
    expect(Object.values(backtest.forecastOnDay).map((value) => value.toFixed())).toEqual(['241', '241', '241'])
    // Run rate on day 7: 1-7 Nov = Sun $3 + 5 weekdays $50 + Sat $4 = $57 → 57 / 7 × 30 = 244.285714…
    expect(backtest.runRateOnDay[7].toDecimalPlaces(4).toFixed()).toBe('244.2857')
  })
})
