import { fxRateParams, putFxRateBody } from '@/lib/schemas/fx-rates'
import { callerLabel } from '@/lib/server/auth/caller'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { saveFxRates } from '@/lib/server/fx/save-fx-rates'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// PUT /api/fx-rates/{YYYY-MM} – record (or replace) the month's rate.
export const PUT = route(
  { permission: 'fx-rates:write', params: fxRateParams, body: putFxRateBody },
  async ({ caller, params: { month }, body }) => {
    const [saved] = await saveFxRates(db(), [{ month, ...body, asOf: body.asOf ?? clock.today() }], {
      by: callerLabel(caller),
      at: clock.now(),
    })
    return Response.json(saved)
  },
)
