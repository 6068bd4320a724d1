import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { listFxRates } from '@/lib/server/stored/fx-rates'

export const dynamic = 'force-dynamic'

// GET /api/fx-rates – every recorded month's KRW per USD rate.
export const GET = route({ permission: 'read' }, async () => Response.json({ rates: await listFxRates(db()) }))
