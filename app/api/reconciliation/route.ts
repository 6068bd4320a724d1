import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { getReconciliation } from '@/lib/server/queries/get-reconciliation'
import { reconciliationSearch } from '@/lib/search-params/ingestion'

export const dynamic = 'force-dynamic'

// GET /api/reconciliation?from=YYYY-MM&to=YYYY-MM – billed Lambda vs per-function estimates, per month and account.
export const GET = route({ permission: 'read', query: reconciliationSearch }, async ({ query }) =>
  Response.json(await getReconciliation(db(), query)),
)
