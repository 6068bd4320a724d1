// Spend budgets (POST/GET /api/budgets/spend, PUT/DELETE /api/budgets/spend/{id}, budgets.csv): a monthly amount
// for the total, a team, an account or a service, in USD or won, against the month's actual and forecast. Not
// the keep-warm budgets of ./budgets.ts, which bound one function's warming pings.
import { z } from 'zod'
import { TEAM_NAME_MAX_LENGTH } from '@/lib/domain/teams/team-rules'
import { defineOperation } from '@/lib/openapi/define-operation'
import { accountId, amount, idParam, isoDay, isoMonth } from './common'
import { CSV_NOTES } from './exports'
import { spendBudgetsQuery } from './spend-budgets-query'

export const SPEND_BUDGET_SCOPES = ['total', 'team', 'account', 'service'] as const
export type SpendBudgetScopeKind = (typeof SPEND_BUDGET_SCOPES)[number]

export const spendBudgetScope = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('total'), key: z.literal(['', 'total']).optional() }),
    z.strictObject({
      kind: z.literal('team'),
      key: z.string().trim().min(1, 'name the team').max(TEAM_NAME_MAX_LENGTH),
    }),
    z.strictObject({ kind: z.literal('account'), key: accountId }),
    z.strictObject({
      kind: z.literal('service'),
      key: z.string().trim().min(1, 'name the service as Cost Explorer does (e.g. "AWS Lambda")').max(256),
    }),
  ])
  .meta({
    id: 'SpendBudgetScope',
    description:
      'What the budget covers: the total, a team (`unallocated` too), an account id or a service as Cost Explorer names it.',
  })

const usd = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'expected dollars as a decimal string such as "1000.00" (at most 2 decimals)')
  .refine((value) => Number(value) > 0, 'a budget is more than zero')
  .meta({ example: '1000.00' })
const krw = z
  .string()
  .regex(/^\d{1,15}$/, 'expected whole won as a string of digits such as "1500000"')
  .refine((value) => Number(value) > 0, 'a budget is more than zero')
  .meta({ example: '1500000' })

export const spendBudgetBody = z
  .strictObject({
    scope: spendBudgetScope,
    monthlyUsd: usd.optional().meta({ description: 'The monthly amount in US dollars.' }),
    monthlyKrw: krw.optional().meta({
      description:
        'Or in won: judged in USD at each month’s recorded rate (/api/fx-rates); a month without a rate has no status.',
    }),
  })
  .superRefine((body, context) => {
    if ((body.monthlyUsd === undefined) === (body.monthlyKrw === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['monthlyUsd'],
        message: 'give the amount once: monthlyUsd or monthlyKrw',
      })
    }
  })
  .meta({ id: 'SpendBudgetInput' })
export type SpendBudgetBody = z.output<typeof spendBudgetBody>

export const spendBudgetParams = z.object({ id: idParam })

export const SPEND_BUDGET_STATUSES = ['on-track', 'forecast-over', 'over', 'no-rate'] as const

export const spendBudgetDto = z
  .object({
    id: z.number().int(),
    scope: z.object({
      kind: z.enum(SPEND_BUDGET_SCOPES),
      key: z.string().meta({ description: '`total` for the total.' }),
    }),
    monthlyUsd: amount.nullable().meta({ description: 'As set in dollars; null for a budget set in won.' }),
    monthlyKrw: amount.nullable().meta({ description: 'As set in won; null for a budget set in dollars.' }),
    budgetUsd: amount
      .nullable()
      .meta({ description: 'The month’s budget in USD; null for a won budget in a month without a rate.' }),
    actual: amount.meta({ description: 'The month’s cost so far (the whole month once it is over), USD.' }),
    forecast: amount.meta({
      description: 'Where the month will end (GET /api/forecast), USD; a finished month’s is its actual.',
    }),
    status: z.enum(SPEND_BUDGET_STATUSES).meta({
      description:
        'over once actual reaches the budget (the 100% alert); forecast-over while the forecast exceeds it; on-track otherwise; no-rate for a won budget in a month without a rate.',
    }),
    usedShare: z.string().nullable().meta({ description: 'Actual ÷ budget (1 is the whole budget).' }),
    forecastShare: z.string().nullable().meta({ description: 'Forecast ÷ budget.' }),
    krw: z
      .object({ krwPerUsd: z.string(), budget: amount, actual: amount, forecast: amount })
      .nullable()
      .meta({ description: 'The same figures in won at the month’s recorded rate; null without one.' }),
  })
  .meta({ id: 'SpendBudget' })
export type SpendBudgetDto = z.output<typeof spendBudgetDto>

export const spendBudgetsResponse = z
  .object({
    month: isoMonth,
    asOf: isoDay.nullable().meta({ description: 'The last day with cost data; null without any.' }),
    method: z.string().meta({ description: 'How the forecast is made.' }),
    budgets: z.array(spendBudgetDto),
  })
  .meta({ id: 'SpendBudgets' })
export type SpendBudgetsResponse = z.output<typeof spendBudgetsResponse>

const monthDescription = { month: 'The month (YYYY-MM); default the month of the latest cost data.' }

export const spendBudgetOperations = [
  defineOperation({
    method: 'get',
    path: '/api/budgets/spend',
    permission: 'read',
    summary: 'Spend budgets against a month: actual, forecast and status of each',
    tags: ['budgets'],
    query: spendBudgetsQuery,
    queryDescriptions: monthDescription,
    responses: { 200: { description: 'Every spend budget for the month.', schema: spendBudgetsResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/budgets/spend',
    permission: 'spend-budgets:write',
    summary: 'Set a monthly spend budget for the total, a team, an account or a service',
    tags: ['budgets'],
    body: spendBudgetBody,
    responses: {
      201: { description: 'Created, judged against the latest month.', schema: spendBudgetDto },
      409: { description: 'That scope already has a budget (use PUT).' },
    },
  }),
  defineOperation({
    method: 'put',
    path: '/api/budgets/spend/{id}',
    permission: 'spend-budgets:write',
    summary: 'Change a spend budget’s scope or amount',
    tags: ['budgets'],
    pathParams: spendBudgetParams,
    body: spendBudgetBody,
    responses: {
      200: { description: 'Updated.', schema: spendBudgetDto },
      404: { description: 'No such budget.' },
      409: { description: 'Another budget has that scope.' },
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/api/budgets/spend/{id}',
    permission: 'spend-budgets:write',
    summary: 'Remove a spend budget',
    tags: ['budgets'],
    pathParams: spendBudgetParams,
    responses: { 204: { description: 'Removed.' }, 404: { description: 'No such budget.' } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/exports/budgets.csv',
    permission: 'export',
    summary: 'Budget vs actual for finance: one row per spend budget for a month',
    description:
      'Columns: month, scope_kind, scope_key, budget_currency, budget_amount (as set), budget_usd, actual_usd, forecast_usd, remaining_usd (budget − actual), ' +
      'used_pct, forecast_pct, status (on-track, forecast-over, over, or no-rate for a won budget in a month without a rate), krw_per_usd, budget_krw, actual_krw, ' +
      `forecast_krw (empty without a recorded rate). Budgets may overlap (a team's and the total): the rows are not to be summed. ${CSV_NOTES}`,
    tags: ['exports'],
    query: spendBudgetsQuery,
    queryDescriptions: monthDescription,
    responses: { 200: { description: 'The CSV file (attachment).', contentType: 'text/csv' } },
  }),
]
