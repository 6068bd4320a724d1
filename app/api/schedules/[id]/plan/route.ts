import { scheduleIdParams } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { schedulePlan } from '@/lib/server/schedules/schedule-plan'
import { schedulePlanSearch } from '@/lib/search-params/schedules'

export const dynamic = 'force-dynamic'

// GET /api/schedules/{id}/plan?from&to – the planned starts and stops, both dates inclusive, in execution order.
export const GET = route(
  { permission: 'read', params: scheduleIdParams, query: schedulePlanSearch },
  async ({ params, query }) => Response.json(await schedulePlan(db(), params.id, query)),
)
