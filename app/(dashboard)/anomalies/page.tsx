import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { anomalyListParams, anomalyQueries } from '@/lib/query/anomalies'
import { fromSearchParams } from '@/lib/query/functions'
import { getQueryClient } from '@/lib/query/query-client'
import type { AnomalyDto } from '@/lib/schemas/anomalies'
import { db } from '@/lib/server/db/prisma'
import { listAnomalies } from '@/lib/server/queries/list-anomalies'
import { AnomaliesView } from './_components/anomalies-view'

export const metadata: Metadata = { title: 'Anomalies' }
export const dynamic = 'force-dynamic'

export default async function AnomaliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = anomalyListParams(fromSearchParams(await searchParams))
  const queryClient = getQueryClient()
  await queryClient.prefetchQuery({
    ...anomalyQueries.list(params),
    queryFn: () =>
      listAnomalies(db(), {
        ...params,
        kind: params.kind ? [params.kind as AnomalyKind] : undefined,
        minSeverity: params.minSeverity as Severity | undefined,
        status: params.status as AnomalyDto['status'] | undefined,
      }),
  })
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AnomaliesView />
    </HydrationBoundary>
  )
}
