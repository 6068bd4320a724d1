import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { CostFileImportDto, importResult, importSetResult, importsResponse } from '@/lib/schemas/imports'
import type { ingestionRunsResponse, startIngestionBody, startIngestionResponse } from '@/lib/schemas/ingestion'
import type { reconciliationQuery } from '@/lib/schemas/ingestion-query'
import type { ReconciliationResponse } from '@/lib/schemas/reconciliation'
import { reconciliationSearch } from '@/lib/search-params/ingestion'
import { defineWrite } from './define-write'
import { ApiError, fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export type ReconciliationRange = z.output<typeof reconciliationQuery>

export const ingestionQueries = {
  runs: () =>
    queryOptions({
      queryKey: [...queryRoots.ingestion, 'runs'] as const,
      queryFn: () => fetchJson<z.output<typeof ingestionRunsResponse>>('/api/ingest/runs'),
      // While a run is queued or running, poll for its progress.
      refetchInterval: (query) =>
        query.state.data?.runs.some((run) => run.status === 'queued' || run.status === 'running') ? 2_000 : false,
    }),
  imports: () =>
    queryOptions({
      queryKey: [...queryRoots.ingestion, 'imports'] as const,
      queryFn: () => fetchJson<z.output<typeof importsResponse>>('/api/imports'),
    }),
  reconciliation: (range: ReconciliationRange) =>
    queryOptions({
      queryKey: [...queryRoots.reconciliation, { from: range.from ?? null, to: range.to ?? null }] as const,
      queryFn: () => fetchJson<ReconciliationResponse>(`/api/reconciliation${reconciliationSearch.search(range)}`),
    }),
}

export const ingestionWrites = {
  startRun: defineWrite<z.input<typeof startIngestionBody>, z.infer<typeof startIngestionResponse>>({
    operation: 'POST /api/ingest',
    permission: 'ingest:run',
    request: (window) => ({ json: window }),
    invalidates: [ingestionQueries.runs().queryKey],
  }),
  // The file is the request body, streamed by the browser, never read into memory here. Costs changed: the
  // import log, the reconciliation and the overview.
  importFile: defineWrite<File, z.infer<typeof importResult>>({
    operation: 'POST /api/imports',
    permission: 'imports:write',
    request: (file) => ({
      search: { fileName: file.name },
      body: file,
      contentType: file.name.endsWith('.gz') ? 'application/gzip' : 'text/csv',
    }),
    invalidates: [ingestionQueries.imports().queryKey, queryRoots.reconciliation, queryRoots.overview],
  }),
  // Several files (and the export's manifest) as one multipart form, streamed by the browser: a complete set.
  importSet: defineWrite<File[], z.infer<typeof importSetResult>>({
    operation: 'POST /api/imports/sets',
    permission: 'imports:write',
    request: (files) => {
      const form = new FormData()
      for (const file of files) form.append('file', file, file.name)
      return { body: form }
    },
    invalidates: [ingestionQueries.imports().queryKey, queryRoots.reconciliation, queryRoots.overview],
  }),
}

export type ImportRowError = CostFileImportDto['rowErrors'][number]

/** The invalid rows a rejected cost file was refused for (the error's details), to list them by line. */
export function rejectedRows(error: Error | null): ImportRowError[] {
  return error instanceof ApiError
    ? ((error.details as { rowErrors?: ImportRowError[] } | undefined)?.rowErrors ?? [])
    : []
}
