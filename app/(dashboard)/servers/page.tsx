import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { getQueryClient } from '@/lib/query/query-client'
import { serverQueries } from '@/lib/query/servers'
import { page } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { listServers } from '@/lib/server/queries/list-servers'
import { ServersView } from './_components/servers-view'

export const metadata: Metadata = { title: 'Servers' }

export default page({ permission: 'read' }, async function ServersPage() {
  const queryClient = getQueryClient()
  // Same query key as the client view, so the first paint needs no request from the browser.
  await queryClient.prefetchQuery({ ...serverQueries.all(), queryFn: () => listServers(db()) })
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ServersView />
    </HydrationBoundary>
  )
})
