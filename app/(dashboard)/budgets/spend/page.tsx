import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { getQueryClient } from '@/lib/query/query-client'
import { spendBudgetQueries } from '@/lib/query/spend-budgets'
import { teamsQueries } from '@/lib/query/teams'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getShowback } from '@/lib/server/queries/get-showback'
import { getSpendBudgets } from '@/lib/server/queries/get-spend-budgets'
import { spendBudgetsSearch } from '@/lib/search-params/spend-budgets'
import { SpendBudgetsView } from './_components/spend-budgets-view'

export const metadata: Metadata = { title: 'Spend budgets' }
export const dynamic = 'force-dynamic'

export default page(
  { permission: 'read' },
  async function SpendBudgetsPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = spendBudgetsSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Spend budgets"
          problem={link.message}
          defaultHref="/budgets/spend"
          defaultLabel="Open the spend budgets of the latest month"
        />
      )
    const { month } = link.value
    const queryClient = getQueryClient()
    // Same query keys as the client view, so the first paint needs no request from the browser.
    await Promise.all([
      queryClient.prefetchQuery({
        ...spendBudgetQueries.month(month),
        queryFn: () => getSpendBudgets(db(), { month }),
      }),
      queryClient.prefetchQuery({ ...teamsQueries.showback(undefined), queryFn: () => getShowback(db(), {}) }),
    ])
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SpendBudgetsView />
      </HydrationBoundary>
    )
  },
)
