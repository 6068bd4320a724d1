import { overviewQuery } from '@/lib/schemas/overview'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getLambdaChange } from '@/lib/server/queries/get-lambda-change'

export const dynamic = 'force-dynamic'

// GET /api/overview/lambda-change?month=YYYY-MM – the month's Lambda change by driver.
export const GET = handle(async (request) => Response.json(await getLambdaChange(db(), parseQuery(request, overviewQuery))))
