import { simulate } from '@/lib/domain/simulator/simulate'
import { toSimulationResponse } from '@/lib/domain/simulator/simulation-response'
import { simulationRequest } from '@/lib/schemas/simulate'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/simulate – the simulator for scripts: the same pure module the page runs in the browser.
export const POST = route({ permission: 'read', body: simulationRequest }, ({ body }) =>
  Response.json(toSimulationResponse(simulate(body))),
)
