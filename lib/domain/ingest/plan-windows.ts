// Which days a run fetches, and in which pieces. Dates are inclusive UTC days. Each piece (a calendar month,
// clipped to the run) is written in one transaction, so a failure never leaves a half-written month.
import {
  type IsoDay,
  addDaysTo,
  addMonthsTo,
  dayNumber,
  eachMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
} from '@/lib/domain/calendar'

export type DayRange = { from: IsoDay; to: IsoDay }

/** Cost Explorer restates recent days; these are always fetched again. */
export const RESTATED_DAYS = 3
/** CloudWatch keeps 1-hour data for 455 days; older daily queries return nothing. */
export const METRIC_RETENTION_DAYS = 455
/** Hourly metrics are kept for the most recent days only. */
export const HOURLY_DAYS = 14

/** One piece per calendar month the range touches, clipped to the range (counted in months, so any year works). */
export function splitByMonth(range: DayRange): DayRange[] {
  if (dayNumber(range.from) > dayNumber(range.to)) return []
  return eachMonth(monthOf(range.from), monthOf(range.to)).map((month) => ({
    from: month === monthOf(range.from) ? range.from : firstDayOf(month),
    to: month === monthOf(range.to) ? range.to : lastDayOf(month),
  }))
}

/** First day of a first (empty-database) backfill: the current month and the twelve before, as Cost Explorer keeps. */
export function backfillStart(today: IsoDay): IsoDay {
  return firstDayOf(addMonthsTo(monthOf(today), -12))
}

/**
 * The incremental window of one source: the last RESTATED_DAYS complete days, plus every day after the last one
 * stored, plus every day still marked estimated; through yesterday. With nothing stored, the backfill.
 */
export function incrementalWindow(input: {
  today: IsoDay
  lastStoredDay: IsoDay | null
  earliestEstimatedDay?: IsoDay | null
}): DayRange {
  const to = addDaysTo(input.today, -1)
  const floor = backfillStart(input.today)
  if (!input.lastStoredDay) return { from: floor, to }
  const candidates = [addDaysTo(to, -(RESTATED_DAYS - 1)), addDaysTo(input.lastStoredDay, 1)]
  if (input.earliestEstimatedDay) candidates.push(input.earliestEstimatedDay)
  const from = candidates.reduce((a, b) => (a < b ? a : b))
  return { from: from < floor ? floor : from, to }
}

export function unionOf(ranges: DayRange[]): DayRange {
  return {
    from: ranges.map((r) => r.from).reduce((a, b) => (a < b ? a : b)),
    to: ranges.map((r) => r.to).reduce((a, b) => (a > b ? a : b)),
  }
}

export function intersect(a: DayRange, b: DayRange): DayRange | null {
  const from = a.from > b.from ? a.from : b.from
  const to = a.to < b.to ? a.to : b.to
  return from <= to ? { from, to } : null
}

/**
 * The CloudWatch resolutions for a piece: daily for every day CloudWatch still retains, hourly for the last
 * HOURLY_DAYS days before today; `expired` is the part older than CloudWatch's retention.
 */
export function metricResolutions(
  piece: DayRange,
  today: IsoDay,
): { daily: DayRange | null; hourly: DayRange | null; expired: DayRange | null } {
  const retained = { from: addDaysTo(today, -METRIC_RETENTION_DAYS), to: today }
  return {
    daily: intersect(piece, retained),
    hourly: intersect(piece, { from: addDaysTo(today, -HOURLY_DAYS), to: today }),
    expired: intersect(piece, { from: '0001-01-01', to: addDaysTo(retained.from, -1) }),
  }
}
