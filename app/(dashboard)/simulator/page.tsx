import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { InvalidLink } from '@/components/ui/invalid-link'
import { simulatorReference } from '@/lib/domain/simulator/simulator-reference'
import { getQueryClient } from '@/lib/query/query-client'
import { simulatorQueries } from '@/lib/query/simulator'
import { page, pageMetadata } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { getFunctionWorkload } from '@/lib/server/queries/get-function-workload'
import { pageSentence } from '@/lib/server/i18n/sentence'
import { workloadInWords } from '@/lib/domain/simulator/workload-from-metrics'
import { simulatorPageSearch } from '@/lib/search-params/simulator'
import { SimulatorView } from './_components/simulator-view'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ permission: 'read' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('simulator'))('title'),
}))

export default page(
  { permission: 'read' },
  async function SimulatorPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>
  }) {
    const link = simulatorPageSearch.read(await searchParams)
    if (!link.ok) {
      const t = await getTranslations('simulator')
      return (
        <InvalidLink
          title={t('title')}
          problem={link.message}
          defaultHref="/simulator"
          defaultLabel={t('openDefault')}
        />
      )
    }
    const { functionId, from, to, anomalyDays } = link.value
    const window = { from, to, anomalyDays }
    const queryClient = getQueryClient()
    // Same query keys as the client view: the first paint, scenario and results included, needs no request.
    await Promise.all([
      queryClient.prefetchQuery({ ...simulatorQueries.reference(), queryFn: () => simulatorReference() }),
      functionId === undefined
        ? null
        : queryClient.prefetchQuery({
            ...simulatorQueries.workload(functionId, window),
            queryFn: async () =>
              workloadInWords(await getFunctionWorkload(db(), functionId, window), await pageSentence()),
          }),
    ])
    return (
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SimulatorView
          key={functionId === undefined ? 'example' : `${functionId} ${from} ${to} ${anomalyDays}`}
          functionId={functionId}
          window={window}
        />
      </HydrationBoundary>
    )
  },
)
