import { functionIdParams } from '@/lib/schemas/functions'
import { functionWorkloadSearch } from '@/lib/search-params/simulator'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getFunctionWorkload } from '@/lib/server/queries/get-function-workload'

export const dynamic = 'force-dynamic'

// GET /api/functions/{id}/workload – the function's measured workload over a window of days, to prefill the simulator.
export const GET = route(
  { permission: 'read', params: functionIdParams, query: functionWorkloadSearch },
  async ({ params, query }) => Response.json(await getFunctionWorkload(db(), params.id, query)),
)
