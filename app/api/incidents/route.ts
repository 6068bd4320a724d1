import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { listIncidents } from '@/lib/server/queries/list-incidents'
import { incidentsSearch } from '@/lib/search-params/anomalies'

export const dynamic = 'force-dynamic'

// GET /api/incidents?from=YYYY-MM-DD&to=YYYY-MM-DD&kind=…&minSeverity=…&accountId=…&functionId=…&status=…&sort=…
export const GET = route({ permission: 'read', query: incidentsSearch }, async ({ query }) =>
  Response.json(await listIncidents(db(), query)),
)
