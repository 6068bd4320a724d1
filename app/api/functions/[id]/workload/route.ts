import { functionIdParams } from '@/lib/schemas/functions'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getFunctionWorkload } from '@/lib/server/queries/get-function-workload'

export const dynamic = 'force-dynamic'

// GET /api/functions/{id}/workload – the function's measured workload, to prefill the simulator.
export const GET = route({ permission: 'read', params: functionIdParams }, async ({ params }) => Response.json(await getFunctionWorkload(db(), params.id)))
