import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { AnomaliesResponse, AnomalyDetail, AnomalyDto, anomalyStatusBody } from '@/lib/schemas/anomalies'
import { anomaliesSearch } from '@/lib/search-params/anomalies'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

// What the route's search-params module read from the URL (server and client alike, so their query keys match).
export type AnomalyListParams = z.output<typeof anomaliesSearch.schema>

export const anomalyQueries = {
  list: (params: AnomalyListParams) =>
    queryOptions({
      queryKey: [...queryRoots.anomalies, 'list', params] as const,
      queryFn: () => fetchJson<AnomaliesResponse>(`/api/anomalies${anomaliesSearch.search(params)}`),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...queryRoots.anomalies, 'detail', id] as const,
      queryFn: () => fetchJson<AnomalyDetail>(`/api/anomalies/${id}`),
    }),
}

export const anomalyWrites = {
  // A function's page lists its anomalies with their status.
  setStatus: defineWrite<{ id: number } & z.input<typeof anomalyStatusBody>, AnomalyDto>({
    operation: 'PATCH /api/anomalies/{id}',
    request: ({ id, ...change }) => ({ params: { id }, json: change }),
    invalidates: [queryRoots.anomalies, queryRoots.functions],
  }),
}
