import { simulate } from '@/lib/domain/simulator/simulate'
import { toSimulationResponse } from '@/lib/domain/simulator/simulation-response'
import { simulationRequest } from '@/lib/schemas/simulate'
import { route } from '@/lib/server/http/route'
import { requestSentence } from '@/lib/server/i18n/sentence'

export const dynamic = 'force-dynamic'

// POST /api/simulate – the simulator for scripts: the same pure module the page runs in the browser, its words in
// the caller's language.
export const POST = route({ permission: 'read', body: simulationRequest }, ({ body, request }) =>
  Response.json(toSimulationResponse(simulate(body), requestSentence(request))),
)
