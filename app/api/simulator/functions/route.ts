import { functionSearchQuery } from '@/lib/schemas/function-workload'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { searchFunctions } from '@/lib/server/queries/search-functions'

export const dynamic = 'force-dynamic'

// GET /api/simulator/functions?search=… – functions by name, for the simulator's picker.
export const GET = handle(async (request) => Response.json(await searchFunctions(db(), parseQuery(request, functionSearchQuery))))
