import { scheduleExecuteBody, scheduleIdParams } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { loadSchedule, scheduleDto, setExecution } from '@/lib/server/schedules/schedule-store'

export const dynamic = 'force-dynamic'

// GET /api/schedules/{id} – the schedule with its defaults and whether it executes.
export const GET = route({ permission: 'read', params: scheduleIdParams }, async ({ params }) =>
  Response.json(scheduleDto(await loadSchedule(db(), params.id))),
)

// PATCH /api/schedules/{id} – { execute }: admins turn real starts and stops on (or back to dry-run).
export const PATCH = route(
  { permission: 'schedules:execute', params: scheduleIdParams, body: scheduleExecuteBody },
  async ({ params, body }) => Response.json(await setExecution(db(), params.id, body.execute)),
)
