import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { listAnomalies } from '@/lib/server/queries/list-anomalies'
import { anomaliesSearch } from '@/lib/search-params/anomalies'

export const dynamic = 'force-dynamic'

// GET /api/anomalies?from=YYYY-MM-DD&to=YYYY-MM-DD&kind=…&minSeverity=…&accountId=…&functionId=…&status=…&sort=…
export const GET = route({ permission: 'read', query: anomaliesSearch }, async ({ query }) =>
  Response.json(await listAnomalies(db(), query)),
)
