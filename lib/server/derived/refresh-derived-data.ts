// The one entry point that brings everything derived from stored facts up to date for a window, after any
// write of facts (ingestion, file import, demo load); each step is idempotent. It may run inside the caller's
// transaction, so it sends nothing: after commit call deliverPendingAlerts (a minute timer also does). Spend budget
// alerts are judged after commit by the writers themselves (recordSpendBudgetAlerts): once per write, not per window.
import 'server-only'
import type { IsoDay } from '@/lib/domain/calendar'
import type { Db } from '@/lib/server/db/prisma'
import { detectAnomalies } from './detect-anomalies'
import { rebuildFunctionCosts } from './rebuild-function-costs'
import { rebuildFunctionMonths } from './rebuild-function-months'
import { rebuildKeepWarm } from './rebuild-keep-warm'

export type DerivedRefreshSummary = {
  functionCostRows: number
  keepWarmRows: number
  keepWarmSuggestions: number
  /** Monthly rollup rows rewritten for the whole months the window touches, and the change parts stored. */
  functionMonthRows: number
  changeParts: number
  anomalies: number
  anomaliesRemoved: number
  /** Milliseconds each step took (bench:ingest reports them). */
  stepsMs: { functionCosts: number; keepWarm: number; functionMonths: number; anomalies: number }
}

export async function refreshDerivedData(
  db: Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>,
  window: { from: IsoDay; to: IsoDay; functionIds?: number[] },
): Promise<DerivedRefreshSummary> {
  let mark = performance.now()
  const lap = () => {
    const now = performance.now()
    const ms = Math.round(now - mark)
    mark = now
    return ms
  }
  const functionCostRows = await rebuildFunctionCosts(db, window)
  const functionCostsMs = lap()
  const keepWarm = await rebuildKeepWarm(db, window)
  const keepWarmMs = lap()
  // The rollups sum the two steps before: after them.
  const months = await rebuildFunctionMonths(db, window)
  const functionMonthsMs = lap()
  const detection = await detectAnomalies(db, window)
  const anomaliesMs = lap()
  return {
    functionCostRows,
    keepWarmRows: keepWarm.keepWarmRows,
    keepWarmSuggestions: keepWarm.suggestions,
    functionMonthRows: months.rollupRows,
    changeParts: months.changeParts,
    anomalies: detection.anomalies,
    anomaliesRemoved: detection.removed,
    stepsMs: {
      functionCosts: functionCostsMs,
      keepWarm: keepWarmMs,
      functionMonths: functionMonthsMs,
      anomalies: anomaliesMs,
    },
  }
}
