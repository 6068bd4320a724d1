import { simulatorReference } from '@/lib/domain/simulator/simulator-reference'
import { route } from '@/lib/server/http/route'

// GET /api/simulator/reference – what the simulator form offers, from the rate card.
export const GET = route({ permission: 'read' }, () => Response.json(simulatorReference()))
