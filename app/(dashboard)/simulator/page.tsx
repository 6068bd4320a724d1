import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { simulatorReference } from '@/lib/domain/simulator/simulator-reference'
import { getQueryClient } from '@/lib/query/query-client'
import { simulatorQueries } from '@/lib/query/simulator'
import { db } from '@/lib/server/db/prisma'
import { getFunctionWorkload } from '@/lib/server/queries/get-function-workload'
import { SimulatorView } from './_components/simulator-view'

export const metadata: Metadata = { title: 'Simulator' }

function parseFunctionId(value: string | string[] | undefined): number | undefined {
  const id = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : undefined
  return id && id > 0 ? id : undefined
}

export default async function SimulatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const requested = (await searchParams).functionId
  const functionId = parseFunctionId(requested)
  const queryClient = getQueryClient()
  // Same query keys as the client view: the first paint, scenario and results included, needs no request.
  await Promise.all([
    queryClient.prefetchQuery({ ...simulatorQueries.reference(), queryFn: () => simulatorReference() }),
    functionId === undefined ? null : queryClient.prefetchQuery({ ...simulatorQueries.workload(functionId), queryFn: () => getFunctionWorkload(db(), functionId) }),
  ])
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SimulatorView key={functionId ?? 'example'} functionId={functionId} invalidFunctionId={typeof requested === 'string' && functionId === undefined ? requested : undefined} />
    </HydrationBoundary>
  )
}
