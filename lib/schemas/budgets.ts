import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { idField, idParam, isoMonth } from './common'
import { budgetsQuery } from './budgets-query'
import { budgetDto, suggestionDto } from './functions'

const terms = {
  intervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(1440)
    .meta({ description: 'A ping every N minutes (a rate(N minutes) rule).' }),
  concurrency: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .meta({ description: 'Pings sent at once each time (fan-out to keep N environments warm).' }),
  pingDurationMs: z.number().int().min(1).max(900_000).meta({ description: 'Expected billed duration of one ping.' }),
  memoryMb: z
    .number()
    .int()
    .min(128)
    .max(10_240)
    .nullable()
    .optional()
    .meta({ description: 'Memory the budget assumes; null or omitted: the function’s configured memory.' }),
  note: z.string().trim().max(500).nullable().optional(),
}

export const createBudgetBody = z
  .object({ functionId: idField, ...terms, source: z.enum(['user', 'suggestion']).default('user') })
  .meta({ id: 'KeepWarmBudgetCreate' })

export const updateBudgetBody = z.object(terms).meta({ id: 'KeepWarmBudgetUpdate' })
export type BudgetTerms = z.output<typeof updateBudgetBody>

export const budgetParams = z.object({ functionId: idParam })

export const budgetsResponse = z
  .object({
    month: isoMonth.nullable().meta({ description: 'The month each budget’s `month` is for; null without data.' }),
    months: z
      .array(isoMonth)
      .meta({ description: 'The months with keep-warm data (at most 13, oldest first), for a month picker.' }),
    budgets: z.array(budgetDto),
    suggestions: z.array(suggestionDto),
  })
  .meta({ id: 'KeepWarmBudgets' })
export type BudgetsResponse = z.infer<typeof budgetsResponse>

export const budgetOperations = [
  defineOperation({
    method: 'get',
    path: '/api/budgets',
    permission: 'read',
    summary:
      'Keep-warm budgets with formula and a month against actual (the one before beside it), and suggested budgets for schedule-looking functions',
    tags: ['budgets'],
    query: budgetsQuery,
    queryDescriptions: {
      month: 'The month (YYYY-MM) each budget is judged for. Default: the month of the last day with data.',
    },
    responses: { 200: { description: 'Budgets and suggestions.', schema: budgetsResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/budgets',
    permission: 'keep-warm-budgets:write',
    summary: 'Create a function’s keep-warm budget',
    description: 'Recomputes the function’s keep-warm days and anomalies against the new budget.',
    tags: ['budgets'],
    body: createBudgetBody,
    responses: {
      201: { description: 'Created.', schema: budgetDto },
      404: { description: 'No such function.' },
      409: { description: 'The function already has a budget (use PUT).' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/budgets/{functionId}',
    permission: 'read',
    summary: 'A function’s keep-warm budget',
    tags: ['budgets'],
    pathParams: budgetParams,
    responses: {
      200: { description: 'The budget.', schema: budgetDto },
      404: { description: 'The function has no budget.' },
    },
  }),
  defineOperation({
    method: 'put',
    path: '/api/budgets/{functionId}',
    permission: 'keep-warm-budgets:write',
    summary: 'Change a function’s keep-warm budget',
    tags: ['budgets'],
    pathParams: budgetParams,
    body: updateBudgetBody,
    responses: {
      200: { description: 'Updated.', schema: budgetDto },
      404: { description: 'The function has no budget.' },
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/api/budgets/{functionId}',
    permission: 'keep-warm-budgets:write',
    summary: 'Remove a function’s keep-warm budget',
    tags: ['budgets'],
    pathParams: budgetParams,
    responses: { 204: { description: 'Removed.' }, 404: { description: 'The function has no budget.' } },
  }),
]
