import { scheduleIdParams } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { scheduleSavings } from '@/lib/server/schedules/schedule-savings'
import { scheduleSavingsSearch } from '@/lib/search-params/schedules'

export const dynamic = 'force-dynamic'

// GET /api/schedules/{id}/savings?month – hours off × hourly price per server, and what keeps billing while stopped.
export const GET = route(
  { permission: 'read', params: scheduleIdParams, query: scheduleSavingsSearch },
  async ({ params, query }) => Response.json(await scheduleSavings(db(), params.id, query.month)),
)
