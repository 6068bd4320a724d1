import { toCostQuery } from '@/lib/schemas/costs-query'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getCostBreakdown } from '@/lib/server/queries/get-cost-breakdown'
import { costsSearch } from '@/lib/search-params/costs'

export const dynamic = 'force-dynamic'

// GET /api/costs?from&to&granularity&groupBy&<dimension>=…&currency – the costs page's breakdown (with currency=KRW, in won too).
export const GET = route({ permission: 'read', query: costsSearch }, async ({ query }) =>
  Response.json(await getCostBreakdown(db(), toCostQuery(query), query.currency)),
)
