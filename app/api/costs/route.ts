import { costsQuery, toCostQuery } from '@/lib/schemas/costs'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getCostBreakdown } from '@/lib/server/queries/get-cost-breakdown'

export const dynamic = 'force-dynamic'

// GET /api/costs?from&to&granularity&groupBy&<dimension>=… – the costs page's breakdown.
export const GET = handle(async (request) => {
  const query = toCostQuery(parseQuery(request, costsQuery))
  return Response.json(await getCostBreakdown(db(), query))
})
