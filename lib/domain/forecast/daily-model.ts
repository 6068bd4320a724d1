// The expected spend of a day: a weekly profile (the median of each day category over recent weeks, relative to
// the median day) times the current level (the median of the recent days, each divided by its category's
// profile). Medians keep one incident out of the forecast; the level follows growth within about a week, where
// a plain same-weekday median lags by half its window.
import type { IsoDay } from '../calendar'
import { median } from '../functions/stats'
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

export type ModelOptions = { profileWeeks: number; levelDays: number }

export const MODEL_DEFAULTS: ModelOptions = { profileWeeks: 6, levelDays: 14 }

/**
 * Fits the model on final days (oldest first, no gaps required). With fewer than two weeks of history the
 * profile is flat and the level is the median day: a new account gets a run rate, not an invented week.
 */
export function fitDailyModel(history: readonly DailyAmount[], calendar: HolidayCalendar, options: ModelOptions = MODEL_DEFAULTS): DailyModel {
  let calendarKnown = true
  const categoryOf = (day: IsoDay): DayCategory => {
    const category = dayCategory(day, calendar)
    if (!category.calendarKnown) calendarKnown = false
    return category.category
  }
  const window = history.slice(-options.profileWeeks * 7)
  const overall = median(window.map((point) => point.amount)) ?? 0
  const profile = new Map<DayCategory, number>()
  if (window.length >= 14 && overall > 0) {
    const byCategory = new Map<DayCategory, number[]>()
    for (const point of window) {
      const category = categoryOf(point.day)
      byCategory.set(category, [...(byCategory.get(category) ?? []), point.amount])
    }
    for (const [category, amounts] of byCategory) {
      // One or two samples of a category (a holiday-only Sunday bucket early on) are too few to trust alone.
      if (amounts.length >= 2) profile.set(category, median(amounts)! / overall)
    }
  }
  const factor = (day: IsoDay) => profile.get(categoryOf(day)) ?? 1
  const recent = history.slice(-options.levelDays)
  const level = median(recent.map((point) => (factor(point.day) > 0 ? point.amount / factor(point.day) : point.amount))) ?? 0
  const expected = (day: IsoDay) => Math.max(0, level * factor(day))
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
