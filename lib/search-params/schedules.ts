// The Schedules routes' URLs: a schedule's plan (`GET /api/schedules/{id}/plan`) and savings (`…/savings`).
import { schedulePlanQuery, scheduleSavingsQuery, schedulesPageQuery } from '@/lib/schemas/schedules-query'
import { defineSearchParams } from './define-search-params'

export const schedulePlanSearch = defineSearchParams(schedulePlanQuery)
export const scheduleSavingsSearch = defineSearchParams(scheduleSavingsQuery)
export const schedulesPageSearch = defineSearchParams(schedulesPageQuery)
