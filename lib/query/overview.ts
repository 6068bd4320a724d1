import { queryOptions } from '@tanstack/react-query'
import type { Overview } from '@/lib/domain/aggregation/summarize-overview'
import type { LambdaChange } from '@/lib/schemas/overview'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

const monthQuery = (month: string | undefined) => (month ? `?month=${encodeURIComponent(month)}` : '')

export const overviewQueries = {
  month: (month: string | undefined) =>
    queryOptions({
      queryKey: [...queryRoots.overview, { month: month ?? null }] as const,
      queryFn: () => fetchJson<Overview>(`/api/overview${monthQuery(month)}`),
    }),
  lambdaChange: (month: string | undefined) =>
    queryOptions({
      queryKey: [...queryRoots.overview, 'lambda-change', { month: month ?? null }] as const,
      queryFn: () => fetchJson<LambdaChange>(`/api/overview/lambda-change${monthQuery(month)}`),
    }),
}
