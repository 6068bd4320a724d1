import { dateToDay } from '@/lib/domain/calendar'
import { costsQuery, toCostQuery } from '@/lib/schemas/costs'
import { pgPool } from '@/lib/server/db/pg-pool'
import { db } from '@/lib/server/db/prisma'
import { costsCsvChunks, costsCsvFileName } from '@/lib/server/exports/costs-csv'
import { csvResponse } from '@/lib/server/http/csv-response'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { resolveCostRange } from '@/lib/server/queries/get-cost-breakdown'
import { getDataBounds } from '@/lib/server/queries/get-overview'

export const dynamic = 'force-dynamic'

// GET /api/exports/costs.csv – the same query as /api/costs, one CSV row per period and group.
export const GET = handle(async (request) => {
  const query = resolveCostRange(toCostQuery(parseQuery(request, costsQuery)), await getDataBounds(db()), dateToDay(new Date()))
  return csvResponse(costsCsvFileName(query), costsCsvChunks(pgPool(), query, { signal: request.signal }), request.signal)
})
