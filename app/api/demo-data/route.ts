import { db } from '@/lib/server/db/prisma'
import { loadDemoData } from '@/lib/server/demo/load-demo-data'
import { removeDemoData } from '@/lib/server/demo/remove-demo-data'
import { AppError } from '@/lib/server/http/app-error'
import { route } from '@/lib/server/http/route'
import { getDemoDataStatus } from '@/lib/server/queries/get-demo-data-status'

export const dynamic = 'force-dynamic'

// GET /api/demo-data – whether the demo dataset is loaded.
export const GET = route({ permission: 'read' }, async () => Response.json(await getDemoDataStatus(db())))

// POST /api/demo-data – load the demo dataset.
export const POST = route({ permission: 'demo-data:write' }, async () => {
  if ((await getDemoDataStatus(db())).present) throw new AppError('conflict', 'Demo data is already loaded.')
  await loadDemoData(db())
  return Response.json(await getDemoDataStatus(db()), { status: 201 })
})

// DELETE /api/demo-data – remove every demo account and its data.
export const DELETE = route({ permission: 'demo-data:write' }, async () => {
  await removeDemoData(db())
  return Response.json(await getDemoDataStatus(db()))
})
