import { callerLabel } from '@/lib/server/auth/caller'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { readFxRatesCsv } from '@/lib/server/fx/read-fx-rates-csv'
import { saveFxRates } from '@/lib/server/fx/save-fx-rates'
import { readTextBody } from '@/lib/server/http/read-text-body'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

/** 1,200 months of rates with long sources fit in far less. */
const MAX_BYTES = 256 * 1024

// POST /api/fx-rates/import (body: the CSV file) – record several months' rates, all or nothing.
export const POST = route({ permission: 'fx-rates:write' }, async ({ caller, request }) => {
  const rates = readFxRatesCsv(
    await readTextBody(request, { mediaType: 'text/csv', maxBytes: MAX_BYTES }),
    clock.today(),
  )
  const saved = await saveFxRates(db(), rates, { by: callerLabel(caller), at: clock.now() })
  return Response.json({ imported: saved.length, rates: saved })
})
