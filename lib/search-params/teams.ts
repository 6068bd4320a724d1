// The Teams route's URL (`/teams`, `GET /api/teams/showback`, `GET /api/exports/showback.csv`): the month, and on
// the page the team a lead picked.
import { teamsPageQuery, teamsShowbackQuery } from '@/lib/schemas/teams-query'
import { defineSearchParams } from './define-search-params'

export const teamsShowbackSearch = defineSearchParams(teamsShowbackQuery)
export const teamsPageSearch = defineSearchParams(teamsPageQuery)
