import { simulate } from '@/lib/domain/simulator/simulate'
import { toSimulationResponse } from '@/lib/domain/simulator/simulation-response'
import { simulationRequest } from '@/lib/schemas/simulate'
import { handle } from '@/lib/server/http/handle'
import { parseJsonBody } from '@/lib/server/http/parse-request'

export const dynamic = 'force-dynamic'

// POST /api/simulate – the simulator for scripts: the same pure module the page runs in the browser.
export const POST = handle(async (request) => {
  const input = await parseJsonBody(request, simulationRequest)
  return Response.json(toSimulationResponse(simulate(input)))
})
