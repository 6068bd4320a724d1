// The Overview route's URL (`/`, `GET /api/overview`, `GET /api/overview/lambda-change`): the month.
import { overviewQuery } from '@/lib/schemas/overview-query'
import { defineSearchParams } from './define-search-params'

export const overviewSearch = defineSearchParams(overviewQuery)
