import { ingestionRunsQuery } from '@/lib/schemas/ingestion'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { listIngestionRuns } from '@/lib/server/queries/list-ingestion-runs'

export const dynamic = 'force-dynamic'

// GET /api/ingest/runs?limit=20 – recent runs, most recent first, with progress while one is running.
export const GET = handle(async (request) => {
  const { limit } = parseQuery(request, ingestionRunsQuery)
  return Response.json({ runs: await listIngestionRuns(db(), { limit }) })
})
