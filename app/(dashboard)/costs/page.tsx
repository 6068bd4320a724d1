import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { costsQueries } from '@/lib/query/costs'
import { getQueryClient } from '@/lib/query/query-client'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getCostBreakdown } from '@/lib/server/queries/get-cost-breakdown'
import { readCostsPage } from '@/lib/search-params/costs'
import { CostsView } from './_components/costs-view'

export const metadata: Metadata = { title: 'Costs' }

export default page(
  { permission: 'read' },
  async function CostsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
    const { query } = readCostsPage(await searchParams)
    const queryClient = getQueryClient()
    // Same query key as the client view, so the first paint needs no request from the browser.
    await queryClient.prefetchQuery({ ...costsQueries.breakdown(query), queryFn: () => getCostBreakdown(db(), query) })
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CostsView />
      </HydrationBoundary>
    )
  },
)
