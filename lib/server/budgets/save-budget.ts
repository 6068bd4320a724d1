// Creates, changes or removes a keep-warm budget, then brings the function's derived keep-warm days and its
// monthly rollups with their change decompositions, and its anomalies (budget overruns, config lint) up to date for
// all of its data, in one transaction.
import 'server-only'
import type { IsoDay } from '@/lib/domain/calendar'
import { dateToDay } from '@/lib/domain/calendar'
import type { z } from 'zod'
import type { BudgetTerms, createBudgetBody } from '@/lib/schemas/budgets'
import type { BudgetDto } from '@/lib/schemas/functions'
import type { Db } from '@/lib/server/db/prisma'
import { detectAnomalies } from '@/lib/server/derived/detect-anomalies'
import type { Executor } from '@/lib/server/stored/function-histories'
import { rebuildFunctionMonths } from '@/lib/server/derived/rebuild-function-months'
import { rebuildKeepWarm } from '@/lib/server/derived/rebuild-keep-warm'
import { AppError, notFound } from '@/lib/server/http/app-error'
import { loadBudgets } from '@/lib/server/queries/keep-warm-budgets'

export async function createBudget(db: Db, input: z.output<typeof createBudgetBody>): Promise<BudgetDto> {
  await db.$transaction(
    async (tx) => {
      if (!(await tx.lambdaFunction.findUnique({ where: { id: input.functionId }, select: { id: true } })))
        throw notFound(`Function ${input.functionId}`)
      if (await tx.keepWarmBudget.findUnique({ where: { functionId: input.functionId } }))
        throw new AppError(
          'conflict',
          `Function ${input.functionId} already has a keep-warm budget; change it with PUT /api/budgets/${input.functionId}.`,
        )
      await tx.keepWarmBudget.create({ data: { functionId: input.functionId, ...terms(input), source: input.source } })
      await refreshFunction(tx, input.functionId)
    },
    { timeout: 120_000 },
  )
  return (await loadBudgets(db, [input.functionId]))[0]!
}

export async function updateBudget(db: Db, functionId: number, input: BudgetTerms): Promise<BudgetDto> {
  await db.$transaction(
    async (tx) => {
      const { count } = await tx.keepWarmBudget.updateMany({ where: { functionId }, data: terms(input) })
      if (count === 0) throw notFound(`The keep-warm budget of function ${functionId}`)
      await refreshFunction(tx, functionId)
    },
    { timeout: 120_000 },
  )
  return (await loadBudgets(db, [functionId]))[0]!
}

export async function deleteBudget(db: Db, functionId: number): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const { count } = await tx.keepWarmBudget.deleteMany({ where: { functionId } })
      if (count === 0) throw notFound(`The keep-warm budget of function ${functionId}`)
      await refreshFunction(tx, functionId)
    },
    { timeout: 120_000 },
  )
}

function terms(input: BudgetTerms) {
  return {
    intervalMinutes: input.intervalMinutes,
    concurrency: input.concurrency,
    pingDurationMs: input.pingDurationMs,
    memoryMb: input.memoryMb ?? null,
    note: input.note ?? null,
  }
}

async function refreshFunction(db: Executor, functionId: number) {
  const [bounds] = await db.$queryRawUnsafe<{ first: Date | null; last: Date | null }[]>(
    'SELECT min(day) AS first, max(day) AS last FROM function_metric_daily WHERE function_id = $1',
    functionId,
  )
  if (!bounds?.first || !bounds.last) return
  const window: { from: IsoDay; to: IsoDay; functionIds: number[] } = {
    from: dateToDay(bounds.first),
    to: dateToDay(bounds.last),
    functionIds: [functionId],
  }
  await rebuildKeepWarm(db, window)
  // The measured pings are in the monthly rollups, and the schedule in each month's change decomposition.
  await rebuildFunctionMonths(db, window)
  await detectAnomalies(db, window, { usageTypes: false })
}
