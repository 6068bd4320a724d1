// `GET /api/exports/functions.csv`: the month to report. (costs.csv shares the Costs route's module.)
import { functionsCsvQuery } from '@/lib/schemas/exports-query'
import { defineSearchParams } from './define-search-params'

export const functionsCsvSearch = defineSearchParams(functionsCsvQuery)
