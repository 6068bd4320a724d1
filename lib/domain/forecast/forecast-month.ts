// Where will this month end? Month-to-date actual plus, for each day still to come, the model's expected spend
// (daily-model.ts). Days Cost Explorer still marks estimated are not final: such a day counts at least what is
// recorded so far, and the model's expectation where that is higher (a day's estimate grows as usage arrives).
// The band resamples the model's recent errors in runs of consecutive days (a circular block bootstrap), so a
// week that ran high stays high together, as real weeks do; it holds 80% of the resampled month-ends.
import { daysInMonth, eachDay, firstDayOf, type IsoDay, type IsoMonth, lastDayOf } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import { Decimal, sum, toDecimal } from '../money'
import { mulberry32 } from '../random'
import { quantile } from '../stats'
import { fitDailyModel, MODEL_DEFAULTS, type ModelOptions } from './daily-model'

export type CostDay = { day: IsoDay; amountUsd: string; estimated: boolean }

export type ForecastDay = { day: IsoDay; kind: 'final' | 'estimated' | 'forecast'; amountUsd: string }

export type MonthForecast = {
  month: IsoMonth
  /** Every recorded day of the month, final or estimated, exactly. */
  actualToDate: Decimal
  forecast: Decimal
  low: Decimal
  high: Decimal
  days: ForecastDay[]
  /** False when a remaining day's year has no published holiday calendar: those days were taken as ordinary. */
  calendarKnown: boolean
}

export type ForecastOptions = ModelOptions & { bandCoverage: number; draws: number; blockDays: number }

export const FORECAST_DEFAULTS: ForecastOptions = { ...MODEL_DEFAULTS, bandCoverage: 0.8, draws: 2000, blockDays: 7 }

/** USD forecasts carry 6 decimals: a hundredth of a cent is finer than any forecast deserves. */
const toUsd = (value: number) => new Decimal(value.toFixed(6))

/**
 * The month's forecast from daily costs recorded up to and including `asOf` (history before the month is the
 * model's input). Days after `asOf`, and days without a row, are forecast.
 */
export function forecastMonth(input: {
  month: IsoMonth
  asOf: IsoDay
  costs: readonly CostDay[]
  calendar: HolidayCalendar
  options?: Partial<ForecastOptions>
}): MonthForecast {
  const options = { ...FORECAST_DEFAULTS, ...input.options }
  const first = firstDayOf(input.month)
  const byDay = new Map(input.costs.filter((cost) => cost.day <= input.asOf).map((cost) => [cost.day, cost]))
  // The model learns from final days only: an estimated day is still growing.
  const history = [...byDay.values()]
    .filter((cost) => !cost.estimated)
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((cost) => ({ day: cost.day, amount: Number(cost.amountUsd) }))
  const model = fitDailyModel(history, input.calendar, options)

  const days: ForecastDay[] = []
  const uncertain: number[] = [] // expected spend of each day that is not final, for the band
  for (const day of eachDay(first, lastDayOf(input.month))) {
    const recorded = byDay.get(day)
    if (recorded && !recorded.estimated) {
      days.push({ day, kind: 'final', amountUsd: recorded.amountUsd })
      continue
    }
    const expected = model.expected(day)
    if (recorded) {
      const amount = Decimal.max(toDecimal(recorded.amountUsd), toUsd(expected))
      days.push({ day, kind: 'estimated', amountUsd: amount.toFixed() })
    } else {
      days.push({ day, kind: 'forecast', amountUsd: toUsd(expected).toFixed() })
    }
    uncertain.push(expected)
  }

  const actualToDate = sum(
    [...byDay.values()]
      .filter((cost) => cost.day >= first && cost.day <= lastDayOf(input.month))
      .map((cost) => cost.amountUsd),
  )
  const forecast = sum(days.map((day) => day.amountUsd))
  const [lowOffset, highOffset] = bandOffsets(uncertain, model.residuals, options)
  return {
    month: input.month,
    actualToDate,
    forecast,
    low: Decimal.max(actualToDate, forecast.plus(toUsd(lowOffset))),
    high: forecast.plus(toUsd(highOffset)),
    days,
    calendarKnown: model.calendarKnown,
  }
}

/** How far below and above the point forecast the band reaches, from resampled runs of recent errors. */
function bandOffsets(
  expected: readonly number[],
  residuals: readonly number[],
  options: ForecastOptions,
): [number, number] {
  if (expected.length === 0 || residuals.length === 0) return [0, 0]
  const random = mulberry32(expected.length * 7919 + residuals.length)
  const outcomes: number[] = []
  for (let draw = 0; draw < options.draws; draw++) {
    let error = 0
    let index = Math.floor(random() * residuals.length)
    for (let day = 0; day < expected.length; day++) {
      if (day % options.blockDays === 0) index = Math.floor(random() * residuals.length)
      error += expected[day]! * residuals[index % residuals.length]!
      index++
    }
    outcomes.push(error)
  }
  const tail = (1 - options.bandCoverage) / 2
  return [quantile(outcomes, tail)!, quantile(outcomes, 1 - tail)!]
}

/** The naive forecast every tool starts from: month-to-date ÷ days elapsed × days in the month. */
export function runRateForecast(month: IsoMonth, asOf: IsoDay, costs: readonly CostDay[]): Decimal {
  const first = firstDayOf(month)
  const elapsed = eachDay(first, asOf < lastDayOf(month) ? asOf : lastDayOf(month)).length
  const toDate = sum(
    costs
      .filter((cost) => cost.day >= first && cost.day <= asOf && cost.day.startsWith(month))
      .map((cost) => cost.amountUsd),
  )
  return elapsed === 0 ? toDate : toDate.dividedBy(elapsed).times(daysInMonth(month))
}
