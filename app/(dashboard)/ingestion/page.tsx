import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { InvalidLink } from '@/components/ui/invalid-link'
import { env } from '@/lib/env'
import { ingestionQueries } from '@/lib/query/ingestion'
import { getQueryClient } from '@/lib/query/query-client'
import { page, pageMetadata } from '@/lib/server/access/page'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { getCostExplorerSpend } from '@/lib/server/queries/get-cost-explorer-spend'
import { getReconciliation } from '@/lib/server/queries/get-reconciliation'
import { listBillingPeriods } from '@/lib/server/queries/list-billing-periods'
import { listCostImports } from '@/lib/server/queries/list-cost-imports'
import { listIngestionRuns } from '@/lib/server/queries/list-ingestion-runs'
import { reconciliationSearch } from '@/lib/search-params/ingestion'
import { IngestionView } from './_components/ingestion-view'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ permission: 'read' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('ingestion'))('title'),
}))
export const dynamic = 'force-dynamic'

export default page(
  { permission: 'read' },
  async function IngestionPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = reconciliationSearch.read(await searchParams)
    if (!link.ok) {
      const t = await getTranslations('ingestion')
      return (
        <InvalidLink
          title={t('title')}
          problem={link.message}
          defaultHref="/ingestion"
          defaultLabel={t('openDefault')}
        />
      )
    }
    const range = link.value
    const queryClient = getQueryClient()
    // Same query keys as the client view, so the first paint needs no request from the browser.
    await Promise.all([
      queryClient.prefetchQuery({
        ...ingestionQueries.runs(),
        queryFn: async () => {
          const [runs, costExplorerToday] = await Promise.all([
            listIngestionRuns(db(), { limit: 20 }),
            getCostExplorerSpend(db(), { today: clock.today(), capUsd: env().FINOPS_CE_MAX_USD_PER_DAY }),
          ])
          return { runs, costExplorerToday }
        },
      }),
      queryClient.prefetchQuery({
        ...ingestionQueries.imports(),
        queryFn: async () => {
          const [imports, periods] = await Promise.all([listCostImports(db(), { limit: 50 }), listBillingPeriods(db())])
          return { imports, periods }
        },
      }),
      queryClient.prefetchQuery({
        ...ingestionQueries.reconciliation(range),
        queryFn: () => getReconciliation(db(), range),
      }),
    ])
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <IngestionView today={clock.today()} />
      </HydrationBoundary>
    )
  },
)
