import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { listServers } from '@/lib/server/queries/list-servers'
import { serversSearch } from '@/lib/search-params/servers'

export const dynamic = 'force-dynamic'

// GET /api/servers – the EC2, RDS and Aurora inventory.
export const GET = route({ permission: 'read', query: serversSearch }, async ({ query }) =>
  Response.json(await listServers(db(), query)),
)
