// The Simulator routes' URLs: the page's `functionId` to prefill from (its scenario fields are read by
// lib/domain/simulator/scenario-form.ts, which owns their spelling) and the picker's search
// (`GET /api/simulator/functions`).
import { z } from 'zod'
import { idParam } from '@/lib/schemas/common'
import { functionSearchQuery } from '@/lib/schemas/function-workload'
import { defineSearchParams } from './define-search-params'

export const simulatorPageSearch = defineSearchParams(z.object({ functionId: idParam.optional().meta({ description: 'Prefill from this function’s measured workload.' }) }))
export const functionPickerSearch = defineSearchParams(functionSearchQuery)
