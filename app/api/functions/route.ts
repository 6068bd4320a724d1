import { functionsQuery } from '@/lib/schemas/functions'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { listFunctions } from '@/lib/server/queries/list-functions'

export const dynamic = 'force-dynamic'

// GET /api/functions?from=…&to=…&accountId=…&region=…&q=…&sort=cost|change|errors|name&order=desc|asc
export const GET = handle(async (request) => Response.json(await listFunctions(db(), parseQuery(request, functionsQuery))))
