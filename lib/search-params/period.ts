// The period in the current page's URL, which the navigation carries to the next page (lib/domain/periods).
import { periodQuery } from '@/lib/schemas/period-query'
import { defineSearchParams } from './define-search-params'

export const periodSearch = defineSearchParams(periodQuery)
