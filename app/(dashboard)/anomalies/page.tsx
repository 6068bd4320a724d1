import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { InvalidLink } from '@/components/ui/invalid-link'
import { anomalyQueries } from '@/lib/query/anomalies'
import { getQueryClient } from '@/lib/query/query-client'
import { page, pageMetadata } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { listIncidents } from '@/lib/server/queries/list-incidents'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { AnomaliesView } from './_components/anomalies-view'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ permission: 'read' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('anomalies'))('title'),
}))
export const dynamic = 'force-dynamic'

export default page(
  { permission: 'read' },
  async function AnomaliesPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = anomaliesPageSearch.read(await searchParams)
    if (!link.ok) {
      const t = await getTranslations('anomalies')
      return (
        <InvalidLink
          title={t('title')}
          problem={link.message}
          defaultHref="/anomalies"
          defaultLabel={t('openDefault')}
        />
      )
    }
    const { open: _open, ...params } = link.value
    const queryClient = getQueryClient()
    await queryClient.prefetchQuery({ ...anomalyQueries.incidents(params), queryFn: () => listIncidents(db(), params) })
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AnomaliesView />
      </HydrationBoundary>
    )
  },
)
