// The Simulator routes' URLs: the page's `functionId` to prefill from (its scenario fields are read by
// lib/domain/simulator/scenario-form.ts, which owns their spelling) and the picker's search
// (`GET /api/simulator/functions`).
import { z } from 'zod'
import { idParam } from '@/lib/schemas/common'
import { functionSearchQuery } from '@/lib/schemas/simulator-query'
import { defineSearchParams } from './define-search-params'

export const simulatorPageSearch = defineSearchParams(z.object({ functionId: idParam.optional() }))
export const functionPickerSearch = defineSearchParams(functionSearchQuery)
