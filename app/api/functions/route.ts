import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { listFunctions } from '@/lib/server/queries/list-functions'
import { functionsSearch } from '@/lib/search-params/functions'

export const dynamic = 'force-dynamic'

// GET /api/functions?from=…&to=…&accountId=…&region=…&q=…&sort=cost|change|errors|name&order=desc|asc
export const GET = route({ permission: 'read', query: functionsSearch }, async ({ query }) =>
  Response.json(await listFunctions(db(), query)),
)
