// The Schedules routes' URLs: a schedule's plan (`GET /api/schedules/{id}/plan`).
import { schedulePlanQuery } from '@/lib/schemas/schedules-query'
import { defineSearchParams } from './define-search-params'

export const schedulePlanSearch = defineSearchParams(schedulePlanQuery)
