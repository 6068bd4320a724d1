// The expected spend of a day: a weekly profile (each day category's trimmed mean over recent weeks, relative to
// the trimmed mean day) times the current level (the trimmed mean of the recent days, each divided by its
// category's profile), carried forward by the recent trend (a Theil-Sen slope of the deseasonalised log spend,
// damped and bounded). Trimmed means and pairwise-median slopes keep one incident out of the forecast; the trend
// keeps a growing account from being forecast at the level of a week ago, as a run rate is.
import { dayNumber, type IsoDay } from '../calendar'
import { theilSenSlope, trimmedMean } from '../stats'
import type { HolidayCalendar } from '../holidays/holiday-calendar'
import { dayCategory, type DayCategory } from './day-category'

export type DailyAmount = { day: IsoDay; amount: number }

export type DailyModel = {
  /** Expected spend of a day (USD, float: a forecast, not an amount billed). */
  expected(day: IsoDay): number
  /** Residuals of the recent days the model was fitted on, as (actual − expected) / expected. */
  residuals: number[]
  /** Whether every day the model was asked about had a known holiday calendar. */
  calendarKnown: boolean
}

export type ModelOptions = {
  profileWeeks: number
  levelDays: number
  /** Share of values dropped at each end of a trimmed mean. */
  trim: number
  /** Weeks of history the trend is measured over (Theil-Sen needs several weeks to see past the noise). */
  trendWeeks: number
  /** Largest daily change in log spend the trend may carry forward (0.01 ≈ ±35% a month): a burst is not a trend. */
  maxDailyTrend: number
  /** Share of the measured trend carried forward: a trend seldom holds unchanged for a whole month. */
  trendDamping: number
}

// Chosen with `npm run bench:forecast` (demo data and generated series; docs/architecture.md has the figures).
export const MODEL_DEFAULTS: ModelOptions = {
  profileWeeks: 6,
  levelDays: 14,
  trim: 0.2,
  trendWeeks: 6,
  maxDailyTrend: 0.01,
  trendDamping: 0.8,
}

/**
 * Fits the model on final days (oldest first, no gaps required). With fewer than two weeks of history the
 * profile is flat and the level is the typical day; with fewer than four weeks there is no trend: a new account
 * gets a run rate, not an invented week or growth.
 */
export function fitDailyModel(
  history: readonly DailyAmount[],
  calendar: HolidayCalendar,
  options: ModelOptions = MODEL_DEFAULTS,
): DailyModel {
  let calendarKnown = true
  const categoryOf = (day: IsoDay): DayCategory => {
    const category = dayCategory(day, calendar)
    if (!category.calendarKnown) calendarKnown = false
    return category.category
  }
  const window = history.slice(-options.profileWeeks * 7)
  const overall =
    trimmedMean(
      window.map((point) => point.amount),
      options.trim,
    ) ?? 0
  const profile = new Map<DayCategory, number>()
  if (window.length >= 14 && overall > 0) {
    const byCategory = new Map<DayCategory, number[]>()
    for (const point of window) {
      const category = categoryOf(point.day)
      byCategory.set(category, [...(byCategory.get(category) ?? []), point.amount])
    }
    for (const [category, amounts] of byCategory) {
      // One or two samples of a category (a holiday-only Sunday bucket early on) are too few to trust alone.
      if (amounts.length >= 2) profile.set(category, trimmedMean(amounts, options.trim)! / overall)
    }
  }
  const factor = (day: IsoDay) => profile.get(categoryOf(day)) ?? 1
  const recent = history.slice(-options.levelDays)
  const level =
    trimmedMean(
      recent.map((point) => (factor(point.day) > 0 ? point.amount / factor(point.day) : point.amount)),
      options.trim,
    ) ?? 0
  const slope = trend(history, factor, options)
  // The level is a mean over the last `levelDays`, so it stands for the middle of that window.
  const levelDay = history.length > 0 ? dayNumber(history.at(-1)!.day) - (options.levelDays - 1) / 2 : 0
  const expected = (day: IsoDay) => Math.max(0, level * Math.exp(slope * (dayNumber(day) - levelDay)) * factor(day))
  const residuals = window
    .map((point) => ({ actual: point.amount, expected: expected(point.day) }))
    .filter((point) => point.expected > 0)
    .map((point) => (point.actual - point.expected) / point.expected)
  return {
    expected,
    residuals,
    get calendarKnown() {
      return calendarKnown
    },
  }
}

/** Damped, bounded daily slope of log deseasonalised spend over the last `trendWeeks`; 0 with under four weeks. */
function trend(history: readonly DailyAmount[], factor: (day: IsoDay) => number, options: ModelOptions): number {
  if (history.length < 28) return 0
  const points = history
    .slice(-options.trendWeeks * 7)
    .filter((point) => point.amount > 0 && factor(point.day) > 0)
    .map((point) => ({ x: dayNumber(point.day), y: Math.log(point.amount / factor(point.day)) }))
  // Pairs a week or more apart: neighbouring days' noise would otherwise swamp the slope. A trend is growth both
  // halves of the window agree on; a one-off step (a deployment that doubled the cost) shows in one half only
  // and must not be extrapolated as growth: take the smaller of the halves' slopes, none if they disagree.
  const half = points.length >> 1
  const early = theilSenSlope(points.slice(0, half), 7) ?? 0
  const late = theilSenSlope(points.slice(half), 7) ?? 0
  const slope = Math.sign(early) === Math.sign(late) ? Math.sign(late) * Math.min(Math.abs(early), Math.abs(late)) : 0
  return Math.min(options.maxDailyTrend, Math.max(-options.maxDailyTrend, slope)) * options.trendDamping
}
