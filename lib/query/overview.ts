import { queryOptions } from '@tanstack/react-query'
import type { Overview } from '@/lib/domain/aggregation/summarize-overview'
import { fetchJson } from './fetch-json'

export const overviewQueries = {
  month: (month: string | undefined) =>
    queryOptions({
      queryKey: ['overview', { month: month ?? null }] as const,
      queryFn: () => fetchJson<Overview>(`/api/overview${month ? `?month=${encodeURIComponent(month)}` : ''}`),
    }),
}
