import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { checkHealth } from '@/lib/server/queries/check-health'

export const dynamic = 'force-dynamic'

// GET /api/health – 200 when the database answers, 503 when it does not.
export const GET = route({ public: true }, async () => {
  const health = await checkHealth(db)
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } })
})
