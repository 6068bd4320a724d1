// The period a user picked, carried from page to page in the URL: the Overview picks a month, Costs, Functions and a
// function's page a month or a range of days. One spelling: a single whole month is `month=YYYY-MM`, anything else
// `from=…&to=…` (both inclusive), so the same period reads the same on every page that takes it.
import { type IsoDay, type IsoMonth, firstDayOf, isWholeMonths, lastDayOf, monthOf } from '@/lib/domain/calendar'

export type Period = { from: IsoDay; to: IsoDay }

/** The URL's words for a period: `month` or `from` and `to`. */
export type PeriodParams = { month?: IsoMonth; from?: IsoDay; to?: IsoDay }

/** The whole month, or null when the period is anything else. */
export function singleMonthOf(period: Period): IsoMonth | null {
  return isWholeMonths(period) && monthOf(period.from) === monthOf(period.to) ? monthOf(period.from) : null
}

export function monthPeriod(month: IsoMonth): Period {
  return { from: firstDayOf(month), to: lastDayOf(month) }
}

/** The period a URL names, or null when it names none (a `from` without its `to` names none either). */
export function periodOf(params: PeriodParams): Period | null {
  if (params.month) return monthPeriod(params.month)
  return params.from && params.to ? { from: params.from, to: params.to } : null
}

/** How a link writes the period. */
export function periodParams(period: Period): { month: IsoMonth } | { from: IsoDay; to: IsoDay } {
  const month = singleMonthOf(period)
  return month ? { month } : { from: period.from, to: period.to }
}

/** The pages that show a period the user picked (a function's page included): only theirs is carried on. */
export function showsPeriod(pathname: string): boolean {
  return (
    ['/', '/costs', '/functions', '/teams', '/budgets', '/budgets/spend'].includes(pathname) ||
    /^\/functions\/[^/]+$/.test(pathname)
  )
}

/**
 * What the navigation keeps of the period for each page: the Overview, Teams and both kinds of budget show one
 * month (so only a month is carried there), Costs takes any range as `from`/`to`, Functions a month or a range.
 * Pages that do not show a period get nothing.
 */
export function carriedPeriod(href: string, period: Period | null): PeriodParams {
  if (!period) return {}
  const month = singleMonthOf(period)
  switch (href) {
    case '/':
    case '/teams':
    case '/budgets':
    case '/budgets/spend':
      return month ? { month } : {}
    case '/costs':
      return { from: period.from, to: period.to }
    case '/functions':
      return periodParams(period)
    default:
      return {}
  }
}
