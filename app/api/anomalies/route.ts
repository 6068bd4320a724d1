import { anomaliesQuery } from '@/lib/schemas/anomalies'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { listAnomalies } from '@/lib/server/queries/list-anomalies'

export const dynamic = 'force-dynamic'

// GET /api/anomalies?from=YYYY-MM-DD&to=YYYY-MM-DD&kind=…&minSeverity=…&accountId=…&functionId=…&status=…&sort=…
export const GET = handle(async (request) => Response.json(await listAnomalies(db(), parseQuery(request, anomaliesQuery))))
