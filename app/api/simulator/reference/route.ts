import { simulatorReference } from '@/lib/domain/simulator/simulator-reference'
import { handle } from '@/lib/server/http/handle'

// GET /api/simulator/reference – what the simulator form offers, from the rate card.
export const GET = handle(() => Response.json(simulatorReference()))
