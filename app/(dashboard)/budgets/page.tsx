import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { budgetQueries } from '@/lib/query/budgets'
import { getQueryClient } from '@/lib/query/query-client'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { loadBudgets, loadSuggestions } from '@/lib/server/queries/keep-warm-budgets'
import { BudgetsView } from './_components/budgets-view'

export const metadata: Metadata = { title: 'Keep-warm budgets' }
export const dynamic = 'force-dynamic'

export default page({ permission: 'read' }, async function BudgetsPage() {
  const queryClient = getQueryClient()
  await queryClient.prefetchQuery({ ...budgetQueries.all(), queryFn: async () => ({ budgets: await loadBudgets(db()), suggestions: await loadSuggestions(db()) }) })
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <BudgetsView />
    </HydrationBoundary>
  )
})
