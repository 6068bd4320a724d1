import { pgPool } from '@/lib/server/db/pg-pool'
import { db } from '@/lib/server/db/prisma'
import { functionsCsvChunks, functionsCsvFileName } from '@/lib/server/exports/functions-csv'
import { csvResponse } from '@/lib/server/http/csv-response'
import { route } from '@/lib/server/http/route'
import { getDataBounds } from '@/lib/server/queries/get-overview'
import { functionsCsvSearch } from '@/lib/search-params/exports'

export const dynamic = 'force-dynamic'

// GET /api/exports/functions.csv?month=YYYY-MM – finance's per-function report with variance reasons.
export const GET = route({ permission: 'export', query: functionsCsvSearch }, async ({ request, query: { month } }) => {
  const bounds = await getDataBounds(db())
  return csvResponse(functionsCsvFileName(month), functionsCsvChunks(pgPool(), month, bounds?.through ?? null, { signal: request.signal }), request.signal)
})
