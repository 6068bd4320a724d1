import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { budgetQueries } from '@/lib/query/budgets'
import { getQueryClient } from '@/lib/query/query-client'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getBudgets } from '@/lib/server/queries/keep-warm-budgets'
import { budgetsSearch } from '@/lib/search-params/budgets'
import { BudgetsView } from './_components/budgets-view'

export const metadata: Metadata = { title: 'Keep-warm budgets' }
export const dynamic = 'force-dynamic'

export default page(
  { permission: 'read' },
  async function BudgetsPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = budgetsSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Keep-warm budgets"
          problem={link.message}
          defaultHref="/budgets"
          defaultLabel="Open the budgets of the month in progress"
        />
      )
    const queryClient = getQueryClient()
    await queryClient.prefetchQuery({ ...budgetQueries.list(link.value), queryFn: () => getBudgets(db(), link.value) })
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <BudgetsView />
      </HydrationBoundary>
    )
  },
)
