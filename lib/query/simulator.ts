import { queryOptions } from '@tanstack/react-query'
import type { WorkloadWindow } from '@/lib/domain/simulator/anomaly-days'
import type { SimulatorReference } from '@/lib/domain/simulator/simulator-reference'
import type { FunctionWorkloadInWords } from '@/lib/domain/simulator/workload-from-metrics'
import type { FunctionMatches } from '@/lib/schemas/function-workload'
import { functionPickerSearch, functionWorkloadSearch } from '@/lib/search-params/simulator'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const simulatorQueries = {
  // The rate card ships with the build: reference data never goes stale while the page is open.
  reference: () =>
    queryOptions({
      queryKey: [...queryRoots.simulator, 'reference'] as const,
      queryFn: () => fetchJson<SimulatorReference>('/api/simulator/reference'),
      staleTime: Infinity,
    }),
  workload: (functionId: number, window: WorkloadWindow) =>
    queryOptions({
      queryKey: [...queryRoots.functions, functionId, 'workload', window] as const,
      queryFn: () =>
        fetchJson<FunctionWorkloadInWords>(
          `/api/functions/${functionId}/workload${functionWorkloadSearch.search(window)}`,
        ),
    }),
  functions: (search: string) =>
    queryOptions({
      queryKey: [...queryRoots.simulator, 'functions', { search }] as const,
      queryFn: () =>
        fetchJson<FunctionMatches>(`/api/simulator/functions${functionPickerSearch.search({ limit: 8, search })}`),
    }),
}
