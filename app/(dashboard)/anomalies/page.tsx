import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { InvalidLink } from '@/components/ui/invalid-link'
import { anomalyQueries } from '@/lib/query/anomalies'
import { getQueryClient } from '@/lib/query/query-client'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { listIncidents } from '@/lib/server/queries/list-incidents'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { AnomaliesView } from './_components/anomalies-view'

export const metadata: Metadata = { title: 'Anomalies' }
export const dynamic = 'force-dynamic'

export default page({ permission: 'read' }, async function AnomaliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const link = anomaliesPageSearch.read(await searchParams)
  if (!link.ok) return <InvalidLink title="Anomalies" problem={link.message} defaultHref="/anomalies" defaultLabel="Open the incidents of the last 90 days" />
  const { open: _open, ...params } = link.value
  const queryClient = getQueryClient()
  await queryClient.prefetchQuery({ ...anomalyQueries.incidents(params), queryFn: () => listIncidents(db(), params) })
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AnomaliesView />
    </HydrationBoundary>
  )
})
