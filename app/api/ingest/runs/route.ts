import { env } from '@/lib/env'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getCostExplorerSpend } from '@/lib/server/queries/get-cost-explorer-spend'
import { listIngestionRuns } from '@/lib/server/queries/list-ingestion-runs'
import { ingestionRunsSearch } from '@/lib/search-params/ingestion'

export const dynamic = 'force-dynamic'

// GET /api/ingest/runs?limit=20 – recent runs, most recent first, with progress while one is running, and
// today's Cost Explorer spending against its daily cap.
export const GET = route({ permission: 'read', query: ingestionRunsSearch }, async ({ query: { limit } }) => {
  const [runs, costExplorerToday] = await Promise.all([
    listIngestionRuns(db(), { limit }),
    getCostExplorerSpend(db(), { today: clock.today(), capUsd: env().FINOPS_CE_MAX_USD_PER_DAY }),
  ])
  return Response.json({ runs, costExplorerToday })
})
