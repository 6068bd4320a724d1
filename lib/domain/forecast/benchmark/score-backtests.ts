// How good is a month-end forecast? The mean absolute percentage error of the forecasts made on day 7, 14 and 21
// against what the month really cost, for our model and for the naive run rate in the same replays, so the two
// are judged on exactly the same months.
import type { Backtest } from '../backtest'
import { BACKTEST_DAYS } from '../backtest'

export type ErrorByDay = Record<(typeof BACKTEST_DAYS)[number], number>

export type BacktestScore = { months: number; model: ErrorByDay; runRate: ErrorByDay }

/** Mean absolute percentage error (as a percentage) per replay day; months that cost nothing are skipped. */
export function scoreBacktests(backtests: readonly Backtest[]): BacktestScore {
  const judged = backtests.filter((backtest) => !backtest.actual.isZero())
  const mape = (pick: (backtest: Backtest) => number) =>
    judged.length === 0
      ? Number.NaN
      : (100 * judged.reduce((total, backtest) => total + pick(backtest), 0)) / judged.length
  const errorOf = (forecast: { toNumber(): number }, backtest: Backtest) =>
    Math.abs(forecast.toNumber() - backtest.actual.toNumber()) / Math.abs(backtest.actual.toNumber())
  const byDay = (which: 'forecastOnDay' | 'runRateOnDay') =>
    Object.fromEntries(
      BACKTEST_DAYS.map((day) => [day, mape((backtest) => errorOf(backtest[which][day], backtest))]),
    ) as ErrorByDay
  return { months: judged.length, model: byDay('forecastOnDay'), runRate: byDay('runRateOnDay') }
}
