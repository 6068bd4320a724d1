import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getShowback } from '@/lib/server/queries/get-showback'
import { teamsShowbackSearch } from '@/lib/search-params/teams'

export const dynamic = 'force-dynamic'

// GET /api/teams/showback?month=YYYY-MM – each team's cost for the month, unallocated beside them.
export const GET = route({ permission: 'read', query: teamsShowbackSearch }, async ({ query }) =>
  Response.json(await getShowback(db(), query)),
)
