import { scheduleDefinitionBody, scheduleExecuteBody, scheduleIdParams } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { loadSchedule, replaceSchedule, scheduleDto, setExecution } from '@/lib/server/schedules/schedule-store'

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

// PUT /api/schedules/{id} – a new definition, checked whole like POST's; execution and history stay.
export const PUT = route(
  { permission: 'schedules:write', params: scheduleIdParams, body: scheduleDefinitionBody },
  async ({ params, body }) => Response.json(await replaceSchedule(db(), params.id, body)),
)
