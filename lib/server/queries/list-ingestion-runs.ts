import 'server-only'
import { dateToDay } from '@/lib/domain/calendar'
import type { Db } from '@/lib/server/db/prisma'
import type { IngestionProgress, IngestionRunDto, IngestionSource } from '@/lib/schemas/ingestion'
import { emptyProgress } from '@/lib/server/stored/ingestion-progress'

/** Runs recorded before a field existed lack it: the empty value stands in (one level deep, as the counts nest). */
function storedProgress(stored: Partial<IngestionProgress>): IngestionProgress {
  const empty = emptyProgress()
  return { ...empty, ...stored, costs: { ...empty.costs, ...stored.costs } }
}

/** The most recent runs first (or those with the given ids), as the run log API documents them. */
export async function listIngestionRuns(
  db: Db,
  options: { limit: number; ids?: string[] },
): Promise<IngestionRunDto[]> {
  const runs = await db.ingestionRun.findMany({
    where: options.ids ? { id: { in: options.ids } } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit,
  })
  return runs.map((run) => ({
    id: run.id,
    trigger: run.trigger as IngestionRunDto['trigger'],
    status: run.status,
    from: dateToDay(run.windowFrom),
    to: dateToDay(run.windowTo),
    sources: run.sources as IngestionSource[],
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    heartbeatAt: run.heartbeatAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    apiCalls: run.apiCalls,
    apiCostUsd: run.apiCostUsd.toFixed(),
    progress: storedProgress(run.progress as Partial<IngestionProgress>),
    warnings: run.warnings,
    error: run.error,
  }))
}
