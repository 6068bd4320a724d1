import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getOverview } from '@/lib/server/queries/get-overview'
import { overviewSearch } from '@/lib/search-params/overview'

export const dynamic = 'force-dynamic'

// GET /api/overview?month=YYYY-MM – the overview page's data.
export const GET = route({ permission: 'read', query: overviewSearch }, async ({ query }) =>
  Response.json(await getOverview(db(), query)),
)
