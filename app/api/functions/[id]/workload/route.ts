import { functionIdParams } from '@/lib/schemas/function-workload'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { describeZodError } from '@/lib/server/http/describe-zod-error'
import { handle } from '@/lib/server/http/handle'
import { getFunctionWorkload } from '@/lib/server/queries/get-function-workload'

export const dynamic = 'force-dynamic'

// GET /api/functions/{id}/workload – the function's measured workload, to prefill the simulator.
export const GET = handle<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const parsed = functionIdParams.safeParse(await params)
  if (!parsed.success) throw new AppError('bad_request', describeZodError(parsed.error, 'path'), parsed.error.issues)
  return Response.json(await getFunctionWorkload(db(), parsed.data.id))
})
