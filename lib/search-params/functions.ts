// The Functions routes' URLs: the list (`/functions`, `GET /api/functions`) and one function
// (`/functions/{id}`, `GET /api/functions/{id}`).
import { functionDetailQuery, functionsQuery } from '@/lib/schemas/functions-query'
import { defineSearchParams } from './define-search-params'

export const functionsSearch = defineSearchParams(functionsQuery)
export const functionDetailSearch = defineSearchParams(functionDetailQuery)
