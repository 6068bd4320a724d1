import { eachMonth, monthOf } from '@/lib/domain/calendar'
import { costSource } from '@/lib/domain/costs/dimensions'
import { toCostQuery } from '@/lib/schemas/costs-query'
import { clock } from '@/lib/server/clock'
import { pgPool } from '@/lib/server/db/pg-pool'
import { db } from '@/lib/server/db/prisma'
import { costsCsvChunks, costsCsvFileName } from '@/lib/server/exports/costs-csv'
import { teamCostsCsvChunks } from '@/lib/server/exports/team-costs-csv'
import { csvResponse } from '@/lib/server/http/csv-response'
import { route } from '@/lib/server/http/route'
import { resolveCostRange } from '@/lib/server/queries/get-cost-breakdown'
import { getDataBounds } from '@/lib/server/queries/get-overview'
import { requireMonthRates } from '@/lib/server/stored/fx-rates'
import { costsSearch } from '@/lib/search-params/costs'

export const dynamic = 'force-dynamic'

// GET /api/exports/costs.csv – the same query as /api/costs, one CSV row per period and group.
export const GET = route({ permission: 'export', query: costsSearch }, async ({ request, query: parsed }) => {
  const query = resolveCostRange(toCostQuery(parsed), await getDataBounds(db()), clock.today())
  // By team, the rows are the allocation's (in USD only: costs-query.ts refuses won), not a SQL sum.
  if (costSource(query) === 'team_allocation')
    return csvResponse(costsCsvFileName(query), teamCostsCsvChunks(db(), query), request.signal)
  // In won, every month must have its rate before the first row is written: a file is not half converted.
  const rates = parsed.currency === 'KRW' ? await requireMonthRates(db(), eachMonth(monthOf(query.from), monthOf(query.to))) : undefined
  return csvResponse(costsCsvFileName(query, parsed.currency), costsCsvChunks(pgPool(), query, { signal: request.signal, rates }), request.signal)
})
