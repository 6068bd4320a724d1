import { companyDayOffBody } from '@/lib/schemas/holidays'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { addCompanyDayOff } from '@/lib/server/holidays/save-company-days-off'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/company-days-off – { name, day } once, or { name, monthDay } every year.
export const POST = route({ permission: 'settings:write', body: companyDayOffBody }, async ({ body }) =>
  Response.json(await addCompanyDayOff(db(), body, { by: null, at: clock.now() }), { status: 201 }),
)
