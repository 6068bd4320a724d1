import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { AnomalyDetail, anomalyStatusBody } from '@/lib/schemas/anomalies'
import type { IncidentDto, IncidentsResponse } from '@/lib/schemas/incidents'
import { incidentsSearch } from '@/lib/search-params/anomalies'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

// What the route's search-params module read from the URL (server and client alike, so their query keys match).
export type IncidentListParams = z.output<typeof incidentsSearch.schema>

export const anomalyQueries = {
  incidents: (params: IncidentListParams) =>
    queryOptions({
      queryKey: [...queryRoots.anomalies, 'incidents', params] as const,
      queryFn: () => fetchJson<IncidentsResponse>(`/api/incidents${incidentsSearch.search(params)}`),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...queryRoots.anomalies, 'detail', id] as const,
      queryFn: () => fetchJson<AnomalyDetail>(`/api/anomalies/${id}`),
    }),
}

export const anomalyWrites = {
  // One decision for the whole incident; the Functions list counts open incidents and a function's page lists them.
  setIncidentStatus: defineWrite<{ id: number } & z.input<typeof anomalyStatusBody>, IncidentDto>({
    operation: 'PATCH /api/incidents/{id}',
    permission: 'anomalies:triage',
    request: ({ id, ...change }) => ({ params: { id }, json: change }),
    invalidates: [queryRoots.anomalies, queryRoots.functions],
  }),
}
