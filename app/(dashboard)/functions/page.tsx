import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { functionQueries } from '@/lib/query/functions'
import { getQueryClient } from '@/lib/query/query-client'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { listFunctions } from '@/lib/server/queries/list-functions'
import { functionsSearch } from '@/lib/search-params/functions'
import { FunctionsView } from './_components/functions-view'

export const metadata: Metadata = { title: 'Functions' }
export const dynamic = 'force-dynamic'

export default page(
  { permission: 'read' },
  async function FunctionsPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = functionsSearch.read(await searchParams)
    if (!link.ok)
      return (
        <InvalidLink
          title="Functions"
          problem={link.message}
          defaultHref="/functions"
          defaultLabel="Open the functions of the last complete month"
        />
      )
    const queryClient = getQueryClient()
    await queryClient.prefetchQuery({
      ...functionQueries.list(link.value),
      queryFn: () => listFunctions(db(), link.value),
    })
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FunctionsView />
      </HydrationBoundary>
    )
  },
)
