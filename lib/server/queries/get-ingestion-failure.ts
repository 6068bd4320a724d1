import 'server-only'
import type { IngestionFailure } from '@/lib/domain/ingest/ingestion-failure'
import type { Db } from '@/lib/server/db/prisma'

/** The latest finished ingestion run if it failed (the data may be out of date until one succeeds), else null. */
export async function getIngestionFailure(db: Db): Promise<IngestionFailure | null> {
  const latest = await db.ingestionRun.findFirst({
    where: { status: { in: ['succeeded', 'failed'] }, finishedAt: { not: null } },
    orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
    select: { status: true, trigger: true, finishedAt: true, error: true },
  })
  if (!latest || latest.status !== 'failed') return null
  const succeeded = await db.ingestionRun.findFirst({
    where: { status: 'succeeded' },
    orderBy: { finishedAt: 'desc' },
    select: { finishedAt: true },
  })
  return {
    trigger: latest.trigger,
    finishedAt: latest.finishedAt!.toISOString(),
    error: latest.error ?? 'no reason was recorded',
    lastSucceededAt: succeeded?.finishedAt?.toISOString() ?? null,
  }
}
