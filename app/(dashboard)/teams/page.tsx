import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { getQueryClient } from '@/lib/query/query-client'
import { spendBudgetQueries } from '@/lib/query/spend-budgets'
import { forecastQueries, teamsQueries } from '@/lib/query/teams'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getForecast } from '@/lib/server/queries/get-forecast'
import { getShowback } from '@/lib/server/queries/get-showback'
import { getSpendBudgets } from '@/lib/server/queries/get-spend-budgets'
import { teamsPageSearch } from '@/lib/search-params/teams'
import { TeamsView } from './_components/teams-view'

export const metadata: Metadata = { title: 'Teams' }

export default page(
  { permission: 'read' },
  async function TeamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
    const link = teamsPageSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Teams"
          problem={link.message}
          defaultHref="/teams"
          defaultLabel="Open the teams of the last complete month"
        />
      )
    const { month } = link.value
    const queryClient = getQueryClient()
    // Same query keys as the client view, so the first paint needs no request from the browser.
    await Promise.all([
      queryClient.prefetchQuery({ ...teamsQueries.showback(month), queryFn: () => getShowback(db(), { month }) }),
      queryClient.prefetchQuery({
        ...forecastQueries.month(undefined, 'team'),
        queryFn: () => getForecast(db(), { groupBy: 'team' }),
      }),
      queryClient.prefetchQuery({ ...spendBudgetQueries.month(undefined), queryFn: () => getSpendBudgets(db(), {}) }),
    ])
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TeamsView />
      </HydrationBoundary>
    )
  },
)
