// The Servers routes' URL: the inventory (`GET /api/servers`).
import { serversQuery } from '@/lib/schemas/servers-query'
import { defineSearchParams } from './define-search-params'

export const serversSearch = defineSearchParams(serversQuery)
