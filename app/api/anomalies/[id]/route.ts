import { anomalyIdParams, anomalyStatusBody } from '@/lib/schemas/anomalies'
import { setAnomalyStatus } from '@/lib/server/anomalies/set-anomaly-status'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseJsonBody } from '@/lib/server/http/parse-request'
import { getAnomaly } from '@/lib/server/queries/get-anomaly'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ id: string }> }

// GET /api/anomalies/{id} – one anomaly with the daily series around it.
export const GET = handle<Context>(async (_request, context) => {
  const { id } = anomalyIdParams.parse(await context.params)
  return Response.json(await getAnomaly(db(), id))
})

// PATCH /api/anomalies/{id} – { status, by, reason }: acknowledge, mute or reopen.
export const PATCH = handle<Context>(async (request, context) => {
  const { id } = anomalyIdParams.parse(await context.params)
  return Response.json(await setAnomalyStatus(db(), id, await parseJsonBody(request, anomalyStatusBody)))
})
