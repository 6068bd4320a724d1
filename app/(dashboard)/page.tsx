import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { overviewQueries } from '@/lib/query/overview'
import { getQueryClient } from '@/lib/query/query-client'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getLambdaChange } from '@/lib/server/queries/get-lambda-change'
import { getOverview } from '@/lib/server/queries/get-overview'
import { overviewSearch } from '@/lib/search-params/overview'
import { OverviewView } from './_components/overview-view'

export const metadata: Metadata = { title: 'Overview' }

export default page(
  { permission: 'read' },
  async function OverviewPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = overviewSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Overview"
          problem={link.message}
          defaultHref="/"
          defaultLabel="Open the overview of the last complete month"
        />
      )
    const { month } = link.value
    const queryClient = getQueryClient()
    // Same query key as the client view, so the first paint needs no request from the browser.
    await Promise.all([
      queryClient.prefetchQuery({ ...overviewQueries.month(month), queryFn: () => getOverview(db(), { month }) }),
      queryClient.prefetchQuery({
        ...overviewQueries.lambdaChange(month),
        queryFn: () => getLambdaChange(db(), { month }),
      }),
    ])
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OverviewView />
      </HydrationBoundary>
    )
  },
)
