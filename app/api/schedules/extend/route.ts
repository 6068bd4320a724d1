import { extendStopBody } from '@/lib/schemas/schedules'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { extendFromLink } from '@/lib/server/schedules/extend-link'

export const dynamic = 'force-dynamic'

// POST /api/schedules/extend – a warning's link extends its date's stop.
export const POST = route({ permission: 'schedules:write', body: extendStopBody }, async ({ body }) =>
  Response.json(await extendFromLink(db(), body.token, body.stop ?? { addMinutes: body.addMinutes! })),
)
