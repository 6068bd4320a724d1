import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { alertQueries } from '@/lib/query/alerts'
import { getQueryClient } from '@/lib/query/query-client'
import { page, pageMetadata } from '@/lib/server/access/page'
import { listAlertRules } from '@/lib/server/alerts/alert-rules'
import { db } from '@/lib/server/db/prisma'
import { listAlertDeliveries } from '@/lib/server/queries/list-alert-deliveries'
import { AlertsView } from './_components/alerts-view'

// The title is in the reader's language.
export const generateMetadata = pageMetadata({ permission: 'read' }, async (): Promise<Metadata> => ({
  title: (await getTranslations('alerts'))('title'),
}))
export const dynamic = 'force-dynamic'

export default page({ permission: 'read' }, async function AlertsPage() {
  const queryClient = getQueryClient()
  await Promise.all([
    queryClient.prefetchQuery({
      ...alertQueries.rules(),
      queryFn: async () => ({ rules: await listAlertRules(db()) }),
    }),
    queryClient.prefetchQuery({
      ...alertQueries.deliveries(),
      queryFn: async () => ({ deliveries: await listAlertDeliveries(db()) }),
    }),
  ])
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AlertsView />
    </HydrationBoundary>
  )
})
