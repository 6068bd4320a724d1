import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getHolidays } from '@/lib/server/queries/get-holidays'
import { holidaysSearch } from '@/lib/search-params/holidays'

export const dynamic = 'force-dynamic'

// GET /api/holidays?year=YYYY – Korea's public holidays of the year with the company's days off; an unknown year says so.
export const GET = route({ permission: 'read', query: holidaysSearch }, async ({ query }) =>
  Response.json(await getHolidays(db(), query.year)),
)
