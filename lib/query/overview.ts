import { queryOptions } from '@tanstack/react-query'
import type { Overview } from '@/lib/domain/aggregation/summarize-overview'
import type { LambdaChange } from '@/lib/schemas/overview'
import { overviewSearch } from '@/lib/search-params/overview'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const overviewQueries = {
  month: (month: string | undefined) =>
    queryOptions({
      queryKey: [...queryRoots.overview, { month: month ?? null }] as const,
      queryFn: () => fetchJson<Overview>(`/api/overview${overviewSearch.search({ month })}`),
    }),
  lambdaChange: (month: string | undefined) =>
    queryOptions({
      queryKey: [...queryRoots.overview, 'lambda-change', { month: month ?? null }] as const,
      queryFn: () => fetchJson<LambdaChange>(`/api/overview/lambda-change${overviewSearch.search({ month })}`),
    }),
}
