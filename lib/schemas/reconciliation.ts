import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount, isoMonth } from './common'
import { reconciliationQuery } from './ingestion-query'

export const reconciliationRow = z.object({
  month: isoMonth,
  accountId: z.string(),
  accountName: z.string(),
  billedUsd: amount.meta({ description: 'Lambda as billed (Cost Explorer or an imported file), all charge types.' }),
  estimatedUsd: amount.meta({
    description: 'Sum of per-function estimates (metrics × configuration × list price, before the free tier).',
  }),
  differenceUsd: amount,
  explanations: z.array(
    z.object({
      kind: z.enum(['free_tier', 'credits', 'unestimated_usage', 'rounding']),
      usd: amount,
      detail: z.string(),
    }),
  ),
  unexplainedUsd: amount,
  notes: z.array(z.string()),
})

export const reconciliationResponse = z
  .object({ from: isoMonth.nullable(), to: isoMonth.nullable(), rows: z.array(reconciliationRow) })
  .meta({ id: 'LambdaReconciliation' })

export type ReconciliationResponse = z.infer<typeof reconciliationResponse>
export type ReconciliationRow = z.infer<typeof reconciliationRow>

export const reconciliationOperations = [
  defineOperation({
    method: 'get',
    path: '/api/reconciliation',
    permission: 'read',
    summary:
      'Per month and account: billed Lambda against the sum of per-function estimates, with the explained and unexplained difference',
    tags: ['ingestion'],
    query: reconciliationQuery,
    queryDescriptions: {
      from: 'First month (YYYY-MM). Default: 12 months before `to`.',
      to: 'Last month (YYYY-MM). Default: the last month with Lambda costs.',
    },
    responses: { 200: { description: 'Most recent month first.', schema: reconciliationResponse } },
  }),
]
