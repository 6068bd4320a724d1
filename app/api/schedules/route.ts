import { scheduleDefinitionBody } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { createSchedule, listSchedules, scheduleDto } from '@/lib/server/schedules/schedule-store'

export const dynamic = 'force-dynamic'

// GET /api/schedules – every schedule.
export const GET = route({ permission: 'read' }, async () =>
  Response.json({ schedules: (await listSchedules(db())).map(scheduleDto) }),
)

// POST /api/schedules – create a schedule, dry-run (execute false).
export const POST = route({ permission: 'schedules:write', body: scheduleDefinitionBody }, async ({ body }) =>
  Response.json(await createSchedule(db(), body), { status: 201 }),
)
