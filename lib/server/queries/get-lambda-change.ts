// Why the Lambda bill moved in the overview's month: each function's estimated change decomposed
// (volume, keep-warm, duration, retries, memory, price), summed per driver. A complete month is compared with the
// whole month before, whose decompositions the derived-data refresh stored per function (function_change_part):
// they are summed here, not recomputed. A month in progress is compared with the same days of the month before,
// which nothing stores: its functions are decomposed now.
import 'server-only'
import { type IsoDay, type IsoMonth, addMonthsTo, firstDayOf } from '@/lib/domain/calendar'
import type { Driver } from '@/lib/domain/insights/decompose-change'
import {
  type LambdaChangeExplanation,
  TOP_FUNCTIONS,
  explainDriverTotals,
  explainLambdaChange,
} from '@/lib/domain/insights/explain-lambda-change'
import type { LambdaChange } from '@/lib/schemas/overview'
import type { Db } from '@/lib/server/db/prisma'
import { type FunctionPeriodsRow, decomposeRow, functionPeriodsSql } from './function-periods-sql'
import { type OverviewPeriods, getDataBounds, overviewPeriods } from './get-overview'

export async function getLambdaChange(db: Db, params: { month?: IsoMonth }): Promise<LambdaChange> {
  const periods = overviewPeriods(await getDataBounds(db), params.month)
  const { explanation, functions } = periods.partial
    ? await decomposeNow(db, periods)
    : await sumStored(db, periods.month)
  return {
    ...explanation,
    month: periods.month,
    comparedWith: periods.partial ? 'same_days_of_previous_month' : 'previous_month',
    functions,
  }
}

type Explained = { explanation: LambdaChangeExplanation; functions: number }

async function decomposeNow(db: Db, periods: OverviewPeriods): Promise<Explained> {
  const sql = functionPeriodsSql({ previous: periods.previous, current: periods.current })
  const rows = await db.$queryRawUnsafe<FunctionPeriodsRow[]>(sql.text, ...sql.values)
  const explanation = explainLambdaChange(
    rows.map((row) => ({ functionId: row.id, name: row.name, decomposition: decomposeRow(row) })),
  )
  return { explanation, functions: rows.length }
}

async function sumStored(db: Db, month: IsoMonth): Promise<Explained> {
  const current: IsoDay = firstDayOf(month)
  const previous: IsoDay = firstDayOf(addMonthsTo(month, -1))
  const [[totals], drivers, candidates] = await Promise.all([
    db.$queryRawUnsafe<{ functions: number; previous: string; current: string }[]>(
      `SELECT count(DISTINCT function_id)::int AS functions,
              coalesce(sum(cost_usd) FILTER (WHERE month = $1::date), 0)::text AS previous,
              coalesce(sum(cost_usd) FILTER (WHERE month = $2::date), 0)::text AS current
       FROM function_cost_monthly WHERE days > 0 AND month IN ($1::date, $2::date)`,
      previous,
      current,
    ),
    db.$queryRawUnsafe<{ driver: Driver; usd: string }[]>(
      'SELECT driver, sum(usd::numeric)::text AS usd FROM function_change_part WHERE month = $1::date GROUP BY driver',
      current,
    ),
    // Per driver and sign, the largest parts (equal parts share a rank, so a tie at the cut is kept whole).
    db.$queryRawUnsafe<{ driver: Driver; function_id: number; name: string; usd: string }[]>(
      `SELECT p.driver, p.function_id, f.name, p.usd
       FROM (SELECT function_id, driver, usd, rank() OVER (PARTITION BY driver, sign(usd::numeric) ORDER BY abs(usd::numeric) DESC) AS r
             FROM function_change_part WHERE month = $1::date AND usd::numeric <> 0) p
       JOIN lambda_function f ON f.id = p.function_id
       WHERE p.r <= $2`,
      current,
      TOP_FUNCTIONS,
    ),
  ])
  const explanation = explainDriverTotals({
    previousUsd: totals?.previous ?? '0',
    currentUsd: totals?.current ?? '0',
    drivers: drivers.map(({ driver, usd }) => ({
      driver,
      usd,
      functions: candidates
        .filter((candidate) => candidate.driver === driver)
        .map((candidate) => ({ functionId: candidate.function_id, name: candidate.name, usd: candidate.usd })),
    })),
  })
  return { explanation, functions: totals?.functions ?? 0 }
}
