import { reconciliationQuery } from '@/lib/schemas/reconciliation'
import { db } from '@/lib/server/db/prisma'
import { handle } from '@/lib/server/http/handle'
import { parseQuery } from '@/lib/server/http/parse-request'
import { getReconciliation } from '@/lib/server/queries/get-reconciliation'

export const dynamic = 'force-dynamic'

// GET /api/reconciliation?from=YYYY-MM&to=YYYY-MM – billed Lambda vs per-function estimates, per month and account.
export const GET = handle(async (request) => Response.json(await getReconciliation(db(), parseQuery(request, reconciliationQuery))))
