import { z } from 'zod'
import { DRIVERS } from '@/lib/domain/insights/decompose-change'
import { defineOperation } from '@/lib/openapi/define-operation'
import { accountName, amount, isoDay, isoMonth } from './common'
import { overviewQuery } from './overview-query'

const overviewQueryDescriptions = { month: 'Month to show (YYYY-MM). Default: the last complete month with data.' }

const change = z.object({
  currentUsd: amount,
  previousUsd: amount,
  changeUsd: amount,
  changePct: z.number().nullable(),
})

export const overviewResponse = z
  .object({
    month: isoMonth,
    availableMonths: z.array(isoMonth),
    dataThrough: isoDay.nullable(),
    isPartialMonth: z.boolean().meta({
      description: 'The month is still in progress; the change compares the same days of the previous month.',
    }),
    estimatedDays: z.number().int().meta({ description: 'Days of the month that AWS still marks as estimated.' }),
    total: change.extend({ comparedWith: z.enum(['previous_month', 'same_days_of_previous_month']) }),
    lambdaUsd: amount,
    lambdaSharePct: z.number().nullable(),
    trend: z.object({
      services: z.array(z.string()),
      rows: z.array(z.object({ month: isoMonth, totalUsd: amount, byService: z.record(z.string(), amount) })),
    }),
    lambdaByCategory: z.array(z.object({ category: z.string(), label: z.string(), costUsd: amount })),
    topFunctions: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        accountId: z.string(),
        accountName,
        region: z.string(),
        costUsd: amount,
        sharePct: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Overview' })

export const lambdaChangeResponse = z
  .object({
    month: isoMonth,
    comparedWith: z.enum(['previous_month', 'same_days_of_previous_month']),
    functions: z.number().int().meta({ description: 'Functions with an estimate in either period.' }),
    previousUsd: amount,
    currentUsd: amount,
    changeUsd: amount.meta({ description: 'Change of the per-function estimates (list price, before the free tier).' }),
    drivers: z.array(
      z.object({
        driver: z.enum(DRIVERS),
        label: z.string(),
        usd: amount,
        negligible: z.boolean().meta({ description: 'Less than half a cent: rounds to $0.00.' }),
        functions: z.array(z.object({ functionId: z.number().int(), name: z.string(), usd: amount })).meta({
          description:
            'Up to three functions whose part moved the cost in the same direction by at least a cent, most first.',
        }),
      }),
    ),
  })
  .meta({ id: 'LambdaChange' })

export type LambdaChange = z.infer<typeof lambdaChangeResponse>

export const overviewOperations = [
  defineOperation({
    method: 'get',
    path: '/api/overview',
    permission: 'read',
    summary: "A month's total, change, 13-month trend by service, Lambda by usage type and the top functions",
    tags: ['costs'],
    query: overviewQuery,
    queryDescriptions: overviewQueryDescriptions,
    responses: { 200: { description: 'The overview of the month.', schema: overviewResponse } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/overview/lambda-change',
    permission: 'read',
    summary: "Why the month's Lambda cost changed: the per-function change decomposed and summed per driver",
    description:
      'Drivers are volume, keep-warm, duration, retries, memory, price, new and removed functions; they add up exactly to the change of the estimates.',
    tags: ['costs'],
    query: overviewQuery,
    queryDescriptions: overviewQueryDescriptions,
    responses: {
      200: { description: 'The change by driver, with the functions behind each.', schema: lambdaChangeResponse },
    },
  }),
]
