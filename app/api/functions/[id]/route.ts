import { functionDetailQuery, functionIdParams } from '@/lib/schemas/functions'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getFunctionDetail } from '@/lib/server/queries/get-function-detail'

export const dynamic = 'force-dynamic'

// GET /api/functions/{id}?from=…&to=…&granularity=day|hour – the function page's data.
export const GET = handle<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const { id } = functionIdParams.parse(await context.params)
  return Response.json(await getFunctionDetail(db(), id, parseQuery(request, functionDetailQuery)))
})
