// How far off was the forecast last month? The month is replayed as if it were day 7, 14 and 21: only the days
// up to then are known (and taken as final, as they are by now), and each forecast is set against what the
// month really cost. A forecast shown without its track record asks to be trusted; this shows whether it is.
import { addMonthsTo, type IsoMonth } from '../calendar'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import { type Decimal, sum } from '../money'
import { type CostDay, forecastMonth, type ForecastOptions, runRateForecast } from './forecast-month'

export const BACKTEST_DAYS = [7, 14, 21] as const

export type Backtest = {
  month: IsoMonth
  actual: Decimal
  forecastOnDay: Record<(typeof BACKTEST_DAYS)[number], Decimal>
  runRateOnDay: Record<(typeof BACKTEST_DAYS)[number], Decimal>
}

/** Replays a complete month; `costs` must cover it and the weeks before it. */
export function backtestMonth(
  month: IsoMonth,
  costs: readonly CostDay[],
  calendar: HolidayCalendar,
  options?: Partial<ForecastOptions>,
): Backtest {
  const final = costs.map((cost) => ({ ...cost, estimated: false }))
  const replay = (dayOfMonth: number) => {
    const asOf = `${month}-${String(dayOfMonth).padStart(2, '0')}`
    return {
      forecast: forecastMonth({ month, asOf, costs: final, calendar, options }).forecast,
      runRate: runRateForecast(month, asOf, final),
    }
  }
  const [day7, day14, day21] = BACKTEST_DAYS.map(replay) as [
    ReturnType<typeof replay>,
    ReturnType<typeof replay>,
    ReturnType<typeof replay>,
  ]
  return {
    month,
    actual: sum(final.filter((cost) => cost.day.startsWith(month)).map((cost) => cost.amountUsd)),
    forecastOnDay: { 7: day7.forecast, 14: day14.forecast, 21: day21.forecast },
    runRateOnDay: { 7: day7.runRate, 14: day14.runRate, 21: day21.runRate },
  }
}

/** The month a backtest replays for a forecast of `month`: the one before it. */
export function backtestMonthFor(month: IsoMonth): IsoMonth {
  return addMonthsTo(month, -1)
}
