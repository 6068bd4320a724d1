import { functionsCsvQuery } from '@/lib/schemas/exports'
import { pgPool } from '@/lib/server/db/pg-pool'
import { db } from '@/lib/server/db/prisma'
import { functionsCsvChunks, functionsCsvFileName } from '@/lib/server/exports/functions-csv'
import { csvResponse } from '@/lib/server/http/csv-response'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getDataBounds } from '@/lib/server/queries/get-overview'

export const dynamic = 'force-dynamic'

// GET /api/exports/functions.csv?month=YYYY-MM – finance's per-function report with variance reasons.
export const GET = handle(async (request) => {
  const { month } = parseQuery(request, functionsCsvQuery)
  const bounds = await getDataBounds(db())
  return csvResponse(functionsCsvFileName(month), functionsCsvChunks(pgPool(), month, bounds?.through ?? null, { signal: request.signal }), request.signal)
})
