import { scheduleIdParams } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { extendLink } from '@/lib/server/schedules/extend-link'
import { extendLinkSearch } from '@/lib/search-params/schedules'

export const dynamic = 'force-dynamic'

// GET /api/schedules/{id}/extend-link?date – the signed link a stop warning carries.
export const GET = route(
  { permission: 'schedules:write', params: scheduleIdParams, query: extendLinkSearch },
  async ({ params, query }) => Response.json(await extendLink(db(), params.id, query.date)),
)
