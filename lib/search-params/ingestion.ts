// The Ingestion routes' URLs: the page's reconciliation months (`/ingestion`, `GET /api/reconciliation`), the
// run list (`GET /api/ingest/runs`) and the uploaded file's name (`POST /api/imports`).
import { importQuery, ingestionRunsQuery, reconciliationQuery } from '@/lib/schemas/ingestion-query'
import { defineSearchParams } from './define-search-params'

export const reconciliationSearch = defineSearchParams(reconciliationQuery)
export const ingestionRunsSearch = defineSearchParams(ingestionRunsQuery)
export const importSearch = defineSearchParams(importQuery)
