// The Simulator routes' URLs: the page's `functionId` to prefill from, with the days to measure and whether days of
// open incidents count (its scenario fields are read by lib/domain/simulator/scenario-form.ts, which owns their
// spelling), the workload API's window, and the picker's search (`GET /api/simulator/functions`).
import { z } from 'zod'
import { checkDayRange, idParam } from '@/lib/schemas/common'
import { functionSearchQuery, functionWorkloadQuery, workloadWindowFields } from '@/lib/schemas/simulator-query'
import { defineSearchParams } from './define-search-params'

export const simulatorPageSearch = defineSearchParams(z.object({ functionId: idParam.optional(), ...workloadWindowFields }).superRefine(checkDayRange()))
export const functionPickerSearch = defineSearchParams(functionSearchQuery)
/** `GET /api/functions/{id}/workload`: the days measured and whether days of open incidents count. */
export const functionWorkloadSearch = defineSearchParams(functionWorkloadQuery)
