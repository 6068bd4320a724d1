import 'server-only'
import {
  type IsoDay,
  type IsoMonth,
  addDaysTo,
  addMonthsTo,
  dateToDay,
  daysBetweenInclusive,
  eachMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
} from '@/lib/domain/calendar'
import {
  LAMBDA_SERVICE,
  type Overview,
  TREND_MONTHS,
  summarizeOverview,
} from '@/lib/domain/aggregation/summarize-overview'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { countedCostLines } from './counted-cost-lines'

const TOP_FUNCTIONS = 5

/** The month a team lead reviews by default: the last complete month with data, else the month in progress. */
export function defaultOverviewMonth(first: IsoDay, through: IsoDay): IsoMonth {
  const lastMonth = monthOf(through)
  if (through === lastDayOf(lastMonth)) return lastMonth
  const previous = addMonthsTo(lastMonth, -1)
  return previous >= monthOf(first) ? previous : lastMonth
}

export async function getDataBounds(db: Db): Promise<{ first: IsoDay; through: IsoDay } | null> {
  const [row] = await db.$queryRaw<{ first: Date | null; through: Date | null }[]>`
    SELECT min(day) AS first, max(day) AS through FROM cost_line_item`
  if (!row?.first || !row.through) return null
  return { first: dateToDay(row.first), through: dateToDay(row.through) }
}

export type OverviewPeriods = {
  month: IsoMonth
  /** The month is in progress: it is compared with the same days of the previous month. */
  partial: boolean
  current: { from: IsoDay; to: IsoDay }
  previous: { from: IsoDay; to: IsoDay }
}

/** The month shown (asked for, or the default) and the two ranges its change compares. */
export function overviewPeriods(
  bounds: { first: IsoDay; through: IsoDay } | null,
  requested: IsoMonth | undefined,
): OverviewPeriods {
  const month = requested ?? (bounds ? defaultOverviewMonth(bounds.first, bounds.through) : clock.today().slice(0, 7))
  const monthStart = firstDayOf(month)
  const monthEnd = lastDayOf(month)
  const partial = bounds !== null && bounds.through >= monthStart && bounds.through < monthEnd
  const currentEnd = partial ? bounds.through : monthEnd
  const previousMonth = addMonthsTo(month, -1)
  const previousEnd = partial
    ? minDay(
        addDaysTo(firstDayOf(previousMonth), daysBetweenInclusive(monthStart, currentEnd) - 1),
        lastDayOf(previousMonth),
      )
    : lastDayOf(previousMonth)
  return {
    month,
    partial,
    current: { from: monthStart, to: currentEnd },
    previous: { from: firstDayOf(previousMonth), to: previousEnd },
  }
}

export async function getOverview(db: Db, params: { month?: IsoMonth }): Promise<Overview> {
  const bounds = await getDataBounds(db)
  const periods = overviewPeriods(bounds, params.month)
  const { month, partial } = periods
  const monthStart = firstDayOf(month)
  const monthEnd = lastDayOf(month)
  const trendStart = firstDayOf(addMonthsTo(month, -(TREND_MONTHS - 1)))
  const currentEnd = periods.current.to
  const previousMonth = addMonthsTo(month, -1)
  const previousEnd = periods.previous.to

  const [monthlyByService, comparison, estimated, lambdaByUsageType, topFunctions] = await Promise.all([
    db.$queryRaw<{ month: string; service: string; cost: string }[]>`
      SELECT to_char(day, 'YYYY-MM') AS month, service, sum(unblended_cost)::text AS cost
      FROM ${countedCostLines} cost_line_item WHERE day BETWEEN ${trendStart}::date AND ${monthEnd}::date
      GROUP BY 1, 2`,
    db.$queryRaw<{ current: string; previous: string }[]>`
      SELECT coalesce(sum(unblended_cost) FILTER (WHERE day BETWEEN ${monthStart}::date AND ${currentEnd}::date), 0)::text AS current,
             coalesce(sum(unblended_cost) FILTER (WHERE day BETWEEN ${firstDayOf(previousMonth)}::date AND ${previousEnd}::date), 0)::text AS previous
      FROM ${countedCostLines} cost_line_item WHERE day BETWEEN ${firstDayOf(previousMonth)}::date AND ${monthEnd}::date`,
    db.$queryRaw<{ days: number }[]>`
      SELECT count(DISTINCT day)::int AS days FROM ${countedCostLines} cost_line_item
      WHERE estimated AND day BETWEEN ${monthStart}::date AND ${monthEnd}::date`,
    db.$queryRaw<{ usageType: string; cost: string }[]>`
      SELECT usage_type AS "usageType", sum(unblended_cost)::text AS cost FROM ${countedCostLines} cost_line_item
      WHERE service = ${LAMBDA_SERVICE} AND day BETWEEN ${monthStart}::date AND ${monthEnd}::date
      GROUP BY usage_type`,
    db.$queryRaw<{ id: number; name: string; accountId: string; accountName: string; region: string; cost: string }[]>`
      SELECT f.id, f.name, f.account_id AS "accountId", acc.name AS "accountName", f.region, c.cost::text AS cost
      FROM (SELECT function_id, sum(cost_usd) AS cost FROM function_cost_daily
            WHERE day BETWEEN ${monthStart}::date AND ${monthEnd}::date
            GROUP BY function_id ORDER BY cost DESC LIMIT ${TOP_FUNCTIONS}) c
      JOIN lambda_function f ON f.id = c.function_id JOIN aws_account acc ON acc.id = f.account_id
      ORDER BY c.cost DESC, f.name`,
  ])

  return summarizeOverview({
    month,
    dataThrough: bounds?.through ?? null,
    availableMonths: bounds ? eachMonth(monthOf(bounds.first), monthOf(bounds.through)) : [],
    monthlyByService,
    comparison: { current: comparison[0]?.current ?? '0', previous: comparison[0]?.previous ?? '0', sameDays: partial },
    estimatedDays: estimated[0]?.days ?? 0,
    lambdaByUsageType,
    topFunctions,
  })
}

function minDay(a: IsoDay, b: IsoDay): IsoDay {
  return a < b ? a : b
}
