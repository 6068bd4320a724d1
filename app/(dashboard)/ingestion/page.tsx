import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { dateToDay, isIsoMonth } from '@/lib/domain/calendar'
import { env } from '@/lib/env'
import { type ReconciliationRange, ingestionQueries } from '@/lib/query/ingestion'
import { getQueryClient } from '@/lib/query/query-client'
import { db } from '@/lib/server/db/prisma'
import { getCostExplorerSpend } from '@/lib/server/queries/get-cost-explorer-spend'
import { getReconciliation } from '@/lib/server/queries/get-reconciliation'
import { listCostImports } from '@/lib/server/queries/list-cost-imports'
import { listIngestionRuns } from '@/lib/server/queries/list-ingestion-runs'
import { IngestionView } from './_components/ingestion-view'

export const metadata: Metadata = { title: 'Ingestion' }
export const dynamic = 'force-dynamic'

export default async function IngestionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const month = (value: unknown) => (typeof value === 'string' && isIsoMonth(value) ? value : undefined)
  const range = { from: month(params.from), to: month(params.to) }
  const valid: ReconciliationRange = !range.from || !range.to || range.from <= range.to ? range : {}
  const queryClient = getQueryClient()
  // Same query keys as the client view, so the first paint needs no request from the browser.
  await Promise.all([
    queryClient.prefetchQuery({
      ...ingestionQueries.runs(),
      queryFn: async () => {
        const [runs, costExplorerToday] = await Promise.all([
          listIngestionRuns(db(), { limit: 20 }),
          getCostExplorerSpend(db(), { today: dateToDay(new Date()), capUsd: env().FINOPS_CE_MAX_USD_PER_DAY }),
        ])
        return { runs, costExplorerToday }
      },
    }),
    queryClient.prefetchQuery({ ...ingestionQueries.imports(), queryFn: async () => ({ imports: await listCostImports(db(), { limit: 50 }) }) }),
    queryClient.prefetchQuery({ ...ingestionQueries.reconciliation(valid), queryFn: () => getReconciliation(db(), valid) }),
  ])
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <IngestionView />
    </HydrationBoundary>
  )
}
