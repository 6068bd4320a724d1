import { db } from '@/lib/server/db/prisma'
import { showbackCsvChunks, showbackCsvFileName } from '@/lib/server/exports/showback-csv'
import { csvResponse } from '@/lib/server/http/csv-response'
import { route } from '@/lib/server/http/route'
import { getShowback } from '@/lib/server/queries/get-showback'
import { teamsShowbackSearch } from '@/lib/search-params/teams'

export const dynamic = 'force-dynamic'

// GET /api/exports/showback.csv?month=YYYY-MM – the showback statement for finance, one row per team.
export const GET = route({ permission: 'export', query: teamsShowbackSearch }, async ({ request, query }) => {
  const showback = await getShowback(db(), query)
  return csvResponse(showbackCsvFileName(showback.month), showbackCsvChunks(showback), request.signal)
})
