import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getForecast } from '@/lib/server/queries/get-forecast'
import { forecastSearch } from '@/lib/search-params/forecast'

export const dynamic = 'force-dynamic'

// GET /api/forecast?month=YYYY-MM&groupBy=none|service|team|account – where the month will end, with its band.
export const GET = route({ permission: 'read', query: forecastSearch }, async ({ query }) =>
  Response.json(await getForecast(db(), query)),
)
