import { queryOptions } from '@tanstack/react-query'
import type { CostFileImportDto } from '@/lib/schemas/imports'
import type { CostExplorerSpendDto, IngestionRunDto } from '@/lib/schemas/ingestion'
import type { ReconciliationResponse } from '@/lib/schemas/reconciliation'
import { fetchJson } from './fetch-json'

export type ReconciliationRange = { from?: string; to?: string }

export const ingestionQueries = {
  runs: () =>
    queryOptions({
      queryKey: ['ingestion', 'runs'] as const,
      queryFn: () => fetchJson<{ runs: IngestionRunDto[]; costExplorerToday: CostExplorerSpendDto }>('/api/ingest/runs'),
      // While a run is queued or running, poll for its progress.
      refetchInterval: (query) => (query.state.data?.runs.some((run) => run.status === 'queued' || run.status === 'running') ? 2_000 : false),
    }),
  imports: () =>
    queryOptions({
      queryKey: ['ingestion', 'imports'] as const,
      queryFn: () => fetchJson<{ imports: CostFileImportDto[] }>('/api/imports'),
    }),
  reconciliation: (range: ReconciliationRange) =>
    queryOptions({
      queryKey: ['reconciliation', { from: range.from ?? null, to: range.to ?? null }] as const,
      queryFn: () => {
        const params = new URLSearchParams(Object.entries(range).filter((entry): entry is [string, string] => Boolean(entry[1])))
        return fetchJson<ReconciliationResponse>(`/api/reconciliation${params.size ? `?${params}` : ''}`)
      },
    }),
}
