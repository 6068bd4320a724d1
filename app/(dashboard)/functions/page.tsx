import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { fromSearchParams, functionListParams, functionQueries } from '@/lib/query/functions'
import { getQueryClient } from '@/lib/query/query-client'
import { db } from '@/lib/server/db/prisma'
import { listFunctions } from '@/lib/server/queries/list-functions'
import { FunctionsView } from './_components/functions-view'

export const metadata: Metadata = { title: 'Functions' }
export const dynamic = 'force-dynamic'

export default async function FunctionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = functionListParams(fromSearchParams(await searchParams))
  const queryClient = getQueryClient()
  await queryClient.prefetchQuery({ ...functionQueries.list(params), queryFn: () => listFunctions(db(), params) })
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FunctionsView />
    </HydrationBoundary>
  )
}
