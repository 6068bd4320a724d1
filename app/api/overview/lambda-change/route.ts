import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getLambdaChange } from '@/lib/server/queries/get-lambda-change'
import { overviewSearch } from '@/lib/search-params/overview'

export const dynamic = 'force-dynamic'

// GET /api/overview/lambda-change?month=YYYY-MM – the month's Lambda change by driver.
export const GET = route({ permission: 'read', query: overviewSearch }, async ({ query }) =>
  Response.json(await getLambdaChange(db(), query)),
)
