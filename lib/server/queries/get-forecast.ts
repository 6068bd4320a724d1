// The month-end forecast (GET /api/forecast, the Teams page): each group's daily cost from the weeks before the
// previous month through the latest data, every day present (a day a group cost nothing is a final zero, not a
// day to forecast), then lib/domain/forecast per group. By team, each day's items are allocated with the rules
// in force (the same allocation as the showback). The backtest replays the previous month on the total.
import 'server-only'
import {
  addDaysTo,
  addMonthsTo,
  eachDay,
  firstDayOf,
  type IsoDay,
  type IsoMonth,
  lastDayOf,
  monthOf,
} from '@/lib/domain/calendar'
import { backtestMonth } from '@/lib/domain/forecast/backtest'
import { MODEL_DEFAULTS } from '@/lib/domain/forecast/daily-model'
import { type CostDay, FORECAST_DEFAULTS, forecastMonth } from '@/lib/domain/forecast/forecast-month'
import { holidayCalendar } from '@/lib/domain/holidays/holiday-calendar'
import { type Decimal, sum, toAmountString, toDecimal, ZERO } from '@/lib/domain/money'
import { allocateCosts } from '@/lib/domain/teams/allocate-costs'
import { UNALLOCATED } from '@/lib/domain/teams/team-rules'
import type { ForecastResponse } from '@/lib/schemas/forecast'
import type { ForecastGroupBy } from '@/lib/schemas/forecast-query'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { readTeamSettings, sharedPoolsOf, teamRulesOf } from '@/lib/server/stored/team-settings'
import { COUNTED_COST_LINES } from './counted-cost-lines'
import { getDataBounds } from './get-overview'
import { teamCostItems } from './get-showback'

/** Days of history before the previous month: the model's weekly profile and trend look back six weeks. */
const HISTORY_DAYS = Math.max(MODEL_DEFAULTS.profileWeeks, MODEL_DEFAULTS.trendWeeks) * 7 + 14
const MAX_GROUPS = 100
/**
 * Cost Explorer marks every day of the month in progress estimated, yet only its last day or two are still
 * growing: those are not taken as final (the forecast counts them at least as recorded); older days are.
 */
const GROWING_DAYS = 2

export const FORECAST_METHOD =
  `Month-to-date actual plus, for each remaining day, the trimmed mean of the same weekday over the last ${MODEL_DEFAULTS.profileWeeks} weeks ` +
  '(Korean public holidays count as Sundays) at the current level and a damped trend; the last two days, which Cost Explorer still revises, ' +
  `count at least as recorded. The band holds ${FORECAST_DEFAULTS.bandCoverage * 100}% of month-ends resampled from the model’s recent errors.`

type DayRow = { day: string; key: string; cost: string; estimated: boolean }

const KEY_COLUMN: Record<Exclude<ForecastGroupBy, 'team'>, string> = {
  none: `'total'`,
  service: 'service',
  account: 'account_id',
}

async function dailyRows(
  db: Db,
  groupBy: Exclude<ForecastGroupBy, 'team'>,
  from: IsoDay,
  to: IsoDay,
  keys: readonly string[] | null,
): Promise<DayRow[]> {
  return db.$queryRawUnsafe<DayRow[]>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, ${KEY_COLUMN[groupBy]} AS key, sum(unblended_cost)::text AS cost, bool_or(estimated) AS estimated
     FROM ${COUNTED_COST_LINES} cost_line_item
     WHERE day BETWEEN $1::date AND $2::date AND ($3::text[] IS NULL OR ${KEY_COLUMN[groupBy]} = ANY($3::text[])) GROUP BY 1, 2`,
    from,
    to,
    keys === null ? null : [...keys],
  )
}

/** Each team's (and unallocated's) cost per day: the day's items allocated as the showback allocates a month. */
async function teamDailyRows(db: Db, from: IsoDay, to: IsoDay): Promise<Omit<DayRow, 'estimated'>[]> {
  const [settings, items] = await Promise.all([readTeamSettings(db), teamCostItems(db, { from, to }, { byDay: true })])
  const byDay = new Map<string, typeof items>()
  for (const item of items) {
    const dayItems = byDay.get(item.day!)
    if (dayItems) dayItems.push(item)
    else byDay.set(item.day!, [item])
  }
  return [...byDay].flatMap(([day, dayItems]) => {
    const allocation = allocateCosts(dayItems, teamRulesOf(settings), sharedPoolsOf(settings))
    return [...allocation.teams, allocation.unallocated].map((team) => ({
      day,
      key: team.team,
      cost: team.totalUsd.toFixed(),
    }))
  })
}

/**
 * `keys` forecasts only those groups (a spend budget's own scope), however small: without it, the listing keeps the
 * costliest MAX_GROUPS. The backtest is the total's either way.
 */
export async function getForecast(
  db: Db,
  query: { month?: IsoMonth; groupBy: ForecastGroupBy; keys?: readonly string[] },
): Promise<ForecastResponse> {
  const bounds = await getDataBounds(db)
  const month = query.month ?? monthOf(bounds?.through ?? clock.today())
  const previous = addMonthsTo(month, -1)
  const from = addDaysTo(firstDayOf(previous), -HISTORY_DAYS)
  const through = bounds && bounds.through < lastDayOf(month) ? bounds.through : lastDayOf(month)
  const known = bounds !== null && through >= from && bounds.first <= lastDayOf(month)
  const days = known ? eachDay(from, through) : []

  const keys = query.keys ?? null
  const totals = known ? await dailyRows(db, 'none', from, through, null) : []
  const estimated = new Set(totals.filter((row) => row.estimated).map((row) => row.day))
  const growing = new Set([...estimated].filter((day) => day > addDaysTo(through, -GROWING_DAYS)))
  const rows = !known
    ? []
    : query.groupBy === 'none'
      ? totals
      : query.groupBy === 'team'
        ? await teamDailyRows(db, from, through)
        : await dailyRows(db, query.groupBy, from, through, keys)

  const byKey = new Map<string, Map<string, string>>()
  for (const row of rows) byKey.set(row.key, (byKey.get(row.key) ?? new Map()).set(row.day, row.cost))
  const series = (costs: ReadonlyMap<string, string>): CostDay[] =>
    days.map((day) => ({ day, amountUsd: costs.get(day) ?? '0', estimated: growing.has(day) }))

  const calendar = holidayCalendar('KR')
  const asOf = known ? through : addDaysTo(firstDayOf(month), -1)
  let calendarKnown = true
  const groups = [...byKey]
    .filter(([key]) => keys === null || keys.includes(key))
    .map(([key, costs]) => {
      const forecast = forecastMonth({ month, asOf, costs: series(costs), calendar })
      calendarKnown &&= forecast.calendarKnown
      return { key, forecast }
    })
    // A group that cost nothing in the month and is forecast nothing is not news (an unallocated bucket always is).
    .filter(
      ({ key, forecast }) =>
        keys !== null || key === UNALLOCATED || !forecast.forecast.isZero() || !forecast.actualToDate.isZero(),
    )
    .sort((a, b) => b.forecast.forecast.comparedTo(a.forecast.forecast) || (a.key < b.key ? -1 : 1))
    .slice(0, keys === null ? MAX_GROUPS : undefined)

  return {
    month,
    groupBy: query.groupBy,
    asOf: known ? through : null,
    method: FORECAST_METHOD,
    estimatedDays: [...estimated].filter((day) => day.startsWith(month)).sort(),
    calendarKnown,
    groups: groups.map(({ key, forecast }) => ({
      key,
      actualToDate: toAmountString(forecast.actualToDate),
      forecast: toAmountString(forecast.forecast),
      low: toAmountString(forecast.low),
      high: toAmountString(forecast.high),
    })),
    backtest:
      known && bounds.first <= firstDayOf(previous) && bounds.through >= lastDayOf(previous)
        ? backtestOf(previous, series(totalByDay(totals)))
        : null,
  }
}

function totalByDay(rows: readonly Omit<DayRow, 'estimated'>[]): Map<string, string> {
  const totals = new Map<string, Decimal>()
  for (const row of rows) totals.set(row.day, (totals.get(row.day) ?? ZERO).plus(toDecimal(row.cost)))
  return new Map([...totals].map(([day, total]) => [day, total.toFixed()]))
}

function backtestOf(month: IsoMonth, costs: CostDay[]): ForecastResponse['backtest'] {
  const backtest = backtestMonth(
    month,
    costs.filter((cost) => cost.day <= lastDayOf(month)),
    holidayCalendar('KR'),
  )
  const amounts = (byDay: Record<7 | 14 | 21, Decimal>) => ({
    7: toAmountString(byDay[7]),
    14: toAmountString(byDay[14]),
    21: toAmountString(byDay[21]),
  })
  return {
    month,
    forecastOnDay: amounts(backtest.forecastOnDay),
    runRateOnDay: amounts(backtest.runRateOnDay),
    actual: toAmountString(sum([backtest.actual])),
  }
}
