import { functionIdParams } from '@/lib/schemas/functions'
import { functionWorkloadSearch } from '@/lib/search-params/simulator'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getFunctionWorkload } from '@/lib/server/queries/get-function-workload'
import { requestSentence } from '@/lib/server/i18n/sentence'
import { workloadInWords } from '@/lib/domain/simulator/workload-from-metrics'

export const dynamic = 'force-dynamic'

// GET /api/functions/{id}/workload – the function's measured workload over a window of days, to prefill the simulator;
// its notes in the caller's language.
export const GET = route(
  { permission: 'read', params: functionIdParams, query: functionWorkloadSearch },
  async ({ params, query, request }) =>
    Response.json(workloadInWords(await getFunctionWorkload(db(), params.id, query), requestSentence(request))),
)
