import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { FunctionDetail, FunctionsResponse } from '@/lib/schemas/functions'
import { functionDetailSearch, functionsSearch } from '@/lib/search-params/functions'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

// What the route's search-params module read from the URL (server and client alike, so their query keys match).
export type FunctionListParams = z.output<typeof functionsSearch.schema>
export type FunctionDetailParams = z.output<typeof functionDetailSearch.schema>

export const functionQueries = {
  list: (params: FunctionListParams) =>
    queryOptions({
      queryKey: [...queryRoots.functions, 'list', params] as const,
      queryFn: () => fetchJson<FunctionsResponse>(`/api/functions${functionsSearch.search(params)}`),
    }),
  detail: (id: number, params: FunctionDetailParams) =>
    queryOptions({
      queryKey: [...queryRoots.functions, 'detail', id, params] as const,
      queryFn: () => fetchJson<FunctionDetail>(`/api/functions/${id}${functionDetailSearch.search(params)}`),
    }),
}
