// Why the Lambda bill moved in the overview's month: each function's estimated change decomposed
// (volume, keep-warm, duration, retries, memory, price), summed per driver.
import 'server-only'
import type { IsoMonth } from '@/lib/domain/calendar'
import { explainLambdaChange } from '@/lib/domain/insights/explain-lambda-change'
import type { LambdaChange } from '@/lib/schemas/overview'
import type { Db } from '@/lib/server/db/prisma'
import { type FunctionPeriodsRow, decomposeRow, functionPeriodsSql } from './function-periods-sql'
import { getDataBounds, overviewPeriods } from './get-overview'

export async function getLambdaChange(db: Db, params: { month?: IsoMonth }): Promise<LambdaChange> {
  const periods = overviewPeriods(await getDataBounds(db), params.month)
  const sql = functionPeriodsSql({ previous: periods.previous, current: periods.current })
  const rows = await db.$queryRawUnsafe<FunctionPeriodsRow[]>(sql.text, ...sql.values)
  const explanation = explainLambdaChange(
    rows.map((row) => ({ functionId: row.id, name: row.name, decomposition: decomposeRow(row) })),
  )
  return { ...explanation, month: periods.month, comparedWith: periods.partial ? 'same_days_of_previous_month' : 'previous_month', functions: rows.length }
}
