// `GET /api/forecast`'s URL: the month and the grouping.
import { forecastQuery } from '@/lib/schemas/forecast-query'
import { defineSearchParams } from './define-search-params'

export const forecastSearch = defineSearchParams(forecastQuery)
