import { functionIdParams } from '@/lib/schemas/functions'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getFunctionDetail } from '@/lib/server/queries/get-function-detail'
import { functionDetailSearch } from '@/lib/search-params/functions'

export const dynamic = 'force-dynamic'

// GET /api/functions/{id}?from=…&to=…&granularity=day|hour – the function page's data.
export const GET = route(
  { permission: 'read', params: functionIdParams, query: functionDetailSearch },
  async ({ params, query }) => Response.json(await getFunctionDetail(db(), params.id, query)),
)
