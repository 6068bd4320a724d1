// The periods of a range at a granularity, and the range a change is measured against.
import {
  type IsoDay,
  type IsoMonth,
  addDaysTo,
  addMonthsTo,
  dayNumber,
  daysBetweenInclusive,
  eachDay,
  eachMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
} from '@/lib/domain/calendar'
import type { Granularity } from './dimensions'

export type Period = { start: IsoDay; end: IsoDay }

/** Daily: every day. Monthly: calendar months clipped to the range (as Cost Explorer reports a partial month). */
export function periodsOf(from: IsoDay, to: IsoDay, granularity: Granularity): Period[] {
  if (granularity === 'daily') return eachDay(from, to).map((day) => ({ start: day, end: day }))
  return eachMonth(monthOf(from), monthOf(to)).map((month) => ({
    start: maxDay(firstDayOf(month), from),
    end: minDay(lastDayOf(month), to),
  }))
}

/** The period a day falls in: its own day, or its month's start clipped to the range start. */
export function periodStartOf(day: IsoDay, from: IsoDay, granularity: Granularity): IsoDay {
  return granularity === 'daily' ? day : maxDay(firstDayOf(monthOf(day)), from)
}

export type ComparisonBasis = 'previous_months' | 'same_days_of_previous_months' | 'previous_days'

export type Comparison = { from: IsoDay; to: IsoDay; basis: ComparisonBasis; currentThrough: IsoDay }

/**
 * Whether the comparison range has any data to compare with: not when it ends before the first month with data
 * (the first month of data would otherwise read as all change).
 */
export function hasComparisonData(comparison: Pick<Comparison, 'to'>, availableMonths: readonly IsoMonth[]): boolean {
  const first = availableMonths[0]
  return first !== undefined && dayNumber(comparison.to) >= dayNumber(firstDayOf(first))
}

export function isWholeMonths(from: IsoDay, to: IsoDay): boolean {
  return from === firstDayOf(monthOf(from)) && to === lastDayOf(monthOf(to))
}

/**
 * What a range is compared with. Whole months compare with as many whole months before (October with
 * September, not with the 31 days before). A range still in progress (data ends inside it) compares only the
 * days it has with the same days of the earlier period. Any other range compares with as many days just before.
 */
export function comparisonPeriod(from: IsoDay, to: IsoDay, dataThrough: IsoDay | null): Comparison {
  const currentThrough = dataThrough && dataThrough >= from && dataThrough < to ? dataThrough : to
  if (isWholeMonths(from, to)) {
    const months = eachMonth(monthOf(from), monthOf(to)).length
    const start = firstDayOf(addMonthsTo(monthOf(from), -months))
    const end = lastDayOf(addMonthsTo(monthOf(to), -months))
    if (currentThrough === to) return { from: start, to: end, basis: 'previous_months', currentThrough }
    const sameDays = addDaysTo(start, daysBetweenInclusive(from, currentThrough) - 1)
    return { from: start, to: minDay(sameDays, end), basis: 'same_days_of_previous_months', currentThrough }
  }
  const days = daysBetweenInclusive(from, currentThrough)
  return { from: addDaysTo(from, -days), to: addDaysTo(from, -1), basis: 'previous_days', currentThrough }
}

export function minDay(a: IsoDay, b: IsoDay): IsoDay {
  return a < b ? a : b
}

export function maxDay(a: IsoDay, b: IsoDay): IsoDay {
  return a > b ? a : b
}
