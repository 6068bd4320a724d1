import { dateToDay } from '@/lib/domain/calendar'
import { env } from '@/lib/env'
import { ingestionRunsQuery } from '@/lib/schemas/ingestion'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getCostExplorerSpend } from '@/lib/server/queries/get-cost-explorer-spend'
import { listIngestionRuns } from '@/lib/server/queries/list-ingestion-runs'

export const dynamic = 'force-dynamic'

// GET /api/ingest/runs?limit=20 – recent runs, most recent first, with progress while one is running, and
// today's Cost Explorer spending against its daily cap.
export const GET = handle(async (request) => {
  const { limit } = parseQuery(request, ingestionRunsQuery)
  const [runs, costExplorerToday] = await Promise.all([
    listIngestionRuns(db(), { limit }),
    getCostExplorerSpend(db(), { today: dateToDay(new Date()), capUsd: env().FINOPS_CE_MAX_USD_PER_DAY }),
  ])
  return Response.json({ runs, costExplorerToday })
})
