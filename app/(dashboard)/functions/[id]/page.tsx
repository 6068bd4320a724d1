import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { InvalidLink } from '@/components/ui/invalid-link'
import { functionQueries } from '@/lib/query/functions'
import { getQueryClient } from '@/lib/query/query-client'
import { functionIdParams } from '@/lib/schemas/functions'
import { page, pageMetadata } from '@/lib/server/access/page'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { getFunctionDetail } from '@/lib/server/queries/get-function-detail'
import { functionDetailSearch } from '@/lib/search-params/functions'
import { FunctionView } from './_components/function-view'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = pageMetadata({ permission: 'read' }, async ({ params }: Props): Promise<Metadata> => {
  const parsed = functionIdParams.safeParse(await params)
  const fn = parsed.success
    ? await db().lambdaFunction.findUnique({ where: { id: parsed.data.id }, select: { name: true } })
    : null
  return { title: fn?.name ?? 'Function' }
})

export default page({ permission: 'read' }, async function FunctionPage({ params, searchParams }: Props) {
  // An id that is not one (or is beyond PostgreSQL's integer) names no function: 404, like an unknown id.
  const parsed = functionIdParams.safeParse(await params)
  if (!parsed.success) notFound()
  const { id } = parsed.data
  const invalid = (problem: string) => (
    <InvalidLink
      title="Function"
      problem={problem}
      defaultHref={`/functions/${id}`}
      defaultLabel="Open this function’s last complete month"
    />
  )
  const link = functionDetailSearch.read(await searchParams)
  if (!link.ok) return invalid(link.message)
  const queryClient = getQueryClient()
  try {
    await queryClient.fetchQuery({
      ...functionQueries.detail(id, link.value),
      queryFn: () => getFunctionDetail(db(), id, link.value),
    })
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    // A `from` alone whose range to the last day with data is too long (or reversed) is only known here.
    if (error instanceof AppError && error.code === 'bad_request') return invalid(error.message)
    throw error
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FunctionView id={id} />
    </HydrationBoundary>
  )
})
