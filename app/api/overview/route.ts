import { overviewQuery } from '@/lib/schemas/overview'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getOverview } from '@/lib/server/queries/get-overview'

export const dynamic = 'force-dynamic'

// GET /api/overview?month=YYYY-MM – the overview page's data.
export const GET = handle(async (request) => {
  const query = parseQuery(request, overviewQuery)
  return Response.json(await getOverview(db(), query))
})
