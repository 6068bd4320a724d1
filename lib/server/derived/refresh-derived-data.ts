// The one entry point that brings everything derived from stored facts up to date for a window, after any
// write of facts (ingestion, file import, demo load). Each step is idempotent for the window.
import type { IsoDay } from '@/lib/domain/calendar'
import type { Db } from '@/lib/server/db/prisma'
import { rebuildFunctionCosts } from './rebuild-function-costs'

export type DerivedRefreshSummary = { functionCostRows: number }

export async function refreshDerivedData(db: Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>, window: { from: IsoDay; to: IsoDay; functionIds?: number[] }): Promise<DerivedRefreshSummary> {
  const functionCostRows = await rebuildFunctionCosts(db, window)
  return { functionCostRows }
}
