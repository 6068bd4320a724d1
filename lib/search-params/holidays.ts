// The holidays route's URL: `GET /api/holidays?year=YYYY`.
import { holidaysQuery } from '@/lib/schemas/holidays-query'
import { defineSearchParams } from './define-search-params'

export const holidaysSearch = defineSearchParams(holidaysQuery)
