import { queryOptions } from '@tanstack/react-query'
import type { CostQuery } from '@/lib/domain/costs/dimensions'
import { costQueryParams } from '@/lib/domain/costs/query-params'
import type { CostBreakdown } from '@/lib/domain/costs/shape-cost-breakdown'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const costsQueries = {
  breakdown: (query: CostQuery) => {
    const params = costQueryParams(query).toString()
    return queryOptions({
      queryKey: [...queryRoots.costs, params] as const,
      queryFn: () => fetchJson<CostBreakdown>(`/api/costs?${params}`),
    })
  },
}
