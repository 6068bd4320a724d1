import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { fromSearchParams, functionDetailParams, functionQueries } from '@/lib/query/functions'
import { getQueryClient } from '@/lib/query/query-client'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { getFunctionDetail } from '@/lib/server/queries/get-function-detail'
import { FunctionView } from './_components/function-view'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = Number((await params).id)
  const fn = Number.isInteger(id) && id > 0 ? await db().lambdaFunction.findUnique({ where: { id }, select: { name: true } }) : null
  return { title: fn?.name ?? 'Function' }
}

export default async function FunctionPage({ params, searchParams }: Props) {
  const id = Number((await params).id)
  if (!Number.isInteger(id) || id <= 0) notFound()
  const query = functionDetailParams(fromSearchParams(await searchParams))
  const queryClient = getQueryClient()
  try {
    await queryClient.fetchQuery({ ...functionQueries.detail(id, query), queryFn: () => getFunctionDetail(db(), id, query) })
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    throw error
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FunctionView id={id} />
    </HydrationBoundary>
  )
}
