// The Schedules routes' URLs: a schedule's plan (`GET /api/schedules/{id}/plan`) and savings (`…/savings`).
import {
  extendLinkQuery,
  extendPageQuery,
  schedulePlanQuery,
  scheduleSavingsQuery,
  schedulesPageQuery,
} from '@/lib/schemas/schedules-query'
import { defineSearchParams } from './define-search-params'

export const schedulePlanSearch = defineSearchParams(schedulePlanQuery)
export const scheduleSavingsSearch = defineSearchParams(scheduleSavingsQuery)
export const schedulesPageSearch = defineSearchParams(schedulesPageQuery)
export const extendLinkSearch = defineSearchParams(extendLinkQuery)
export const extendPageSearch = defineSearchParams(extendPageQuery)
