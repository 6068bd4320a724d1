import { env } from '@/lib/env'
import { startIngestionBody } from '@/lib/schemas/ingestion'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { route } from '@/lib/server/http/route'
import { createIngestionRun } from '@/lib/server/ingest/create-ingestion-run'
import { appQueue, enqueueIngestionRun } from '@/lib/server/jobs/ingestion-queue'

export const dynamic = 'force-dynamic'

// POST /api/ingest {"from","to"[,"sources"]} – queue an ingestion run for the worker; 202 {"id"}.
export const POST = route({ permission: 'ingest:run', body: startIngestionBody }, async ({ body }) => {
  const today = clock.today()
  if (body.to > today)
    throw new AppError(
      'bad_request',
      `\`to\` (${body.to}) is in the future; AWS has data through today (${today}, UTC) at most.`,
    )
  const run = await createIngestionRun(db(), {
    trigger: 'manual',
    window: { from: body.from, to: body.to },
    sources: body.sources,
    costExplorerDailyCapUsd: env().FINOPS_CE_MAX_USD_PER_DAY,
  })
  try {
    await enqueueIngestionRun(await appQueue(env().DATABASE_URL!), run.id)
  } catch (error) {
    // The run stays queued: the worker queues leftover runs again when it starts.
    throw new AppError(
      'service_unavailable',
      `Run ${run.id} is recorded but could not be handed to the worker: ${(error as Error).message}`,
    )
  }
  return Response.json({ id: run.id, deduplicated: run.deduplicated }, { status: 202 })
})
