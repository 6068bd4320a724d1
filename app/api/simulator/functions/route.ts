import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { searchFunctions } from '@/lib/server/queries/search-functions'
import { functionPickerSearch } from '@/lib/search-params/simulator'

export const dynamic = 'force-dynamic'

// GET /api/simulator/functions?search=… – functions by name, for the simulator's picker.
export const GET = route({ permission: 'read', query: functionPickerSearch }, async ({ query }) =>
  Response.json(await searchFunctions(db(), query)),
)
