import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { accountName, accountRef, amount, idParam, isoDay } from './common'
import { functionDetailQuery, functionsQuery } from './functions-query'
import { incidentDto } from './incidents'

const rangeDescriptions = {
  month:
    'A whole month (YYYY-MM), as the Overview picks it; instead of `from` and `to`. Without any of the three: the last complete month with data (the Overview’s default).',
  from: 'First day (inclusive). Default: 30 days before `to`.',
  to: 'Last day (inclusive). Default: the last day with data.',
}

const functionsQueryDescriptions = {
  ...rangeDescriptions,
  q: 'Part of the function name.',
  sort: 'Default: cost.',
  order: 'Default: ascending for name, descending otherwise.',
}

const functionDetailQueryDescriptions = {
  ...rangeDescriptions,
  budgetMonth: 'The month the keep-warm budget is shown for (YYYY-MM). Default: the month of the last day with data.',
  granularity: 'Hourly series cover the days that have hourly metrics (the last 14).',
}

export const functionRow = z.object({
  id: z.number().int(),
  name: z.string(),
  accountId: z.string(),
  accountName: accountName,
  region: z.string(),
  memoryMb: z.number().int().nullable(),
  architecture: z.string().nullable(),
  runtime: z.string().nullable(),
  costUsd: amount,
  previousCostUsd: amount.meta({
    description:
      'The comparison period (`previousFrom` to `previousTo`): the month before a month, as many days just before any other range; a range still in progress compares the same days.',
  }),
  changeUsd: amount,
  changePct: z.number().nullable(),
  invocations: z.number(),
  errors: z.number(),
  errorRatePct: z.number().nullable(),
  keepWarmUsd: amount
    .nullable()
    .meta({ description: 'Cost of keep-warm pings, for functions with a budget or a detected schedule.' }),
  keepWarmSharePct: z.number().nullable(),
  openIncidents: z.number().int().meta({
    description:
      'Open incidents (configuration risks included) with an anomaly of this function in the range: the ones `GET /api/incidents?functionId=…&status=open` lists for the same range.',
  }),
  hasBudget: z.boolean(),
})

export const functionsResponse = z
  .object({
    from: isoDay,
    to: isoDay,
    previousFrom: isoDay,
    previousTo: isoDay,
    dataThrough: isoDay.nullable(),
    accounts: z.array(accountRef),
    regions: z.array(z.string()),
    functions: z.array(functionRow),
  })
  .meta({ id: 'Functions' })
export type FunctionsResponse = z.infer<typeof functionsResponse>

export const functionIdParams = z.object({ id: idParam.meta({ description: 'The function’s id.' }) })

const lineItem = z.object({ label: z.string(), formula: z.string(), costUsd: amount })

export const budgetFormula = z.object({ days: z.number().int(), totalUsd: amount, lineItems: z.array(lineItem) })

export const functionConfig = z.object({
  validFrom: z.string(),
  memoryMb: z.number().int(),
  architecture: z.string(),
  timeoutSeconds: z.number().int(),
  runtime: z.string().nullable(),
  packageType: z.string(),
  ephemeralStorageMb: z.number().int(),
  maxRetryAttempts: z.number().int(),
  hasFailureDestination: z.boolean(),
  provisionedConcurrency: z.number().int(),
  reservedConcurrency: z.number().int().nullable(),
})

export const seriesPoint = z.object({
  t: z.string().meta({ description: 'The day (YYYY-MM-DD) or the hour (ISO instant).' }),
  invocations: z.number(),
  errors: z.number(),
  throttles: z.number(),
  durationAvgMs: z.number().nullable(),
  durationP99Ms: z.number().nullable(),
  durationMaxMs: z.number().nullable(),
  concurrencyMax: z.number().nullable(),
  gbSeconds: amount,
  costUsd: amount,
})

export const keepWarmDay = z.object({
  day: isoDay,
  expectedPings: z.number().nullable(),
  pings: z.number(),
  failedPings: z.number(),
  expectedDurationMs: z.number().nullable(),
  pingDurationMs: z.number().nullable(),
  pingDurationNoiseMs: z.number(),
  durationSource: z.enum(['measured', 'assumed', 'unknown']),
  expectedUsd: amount.nullable(),
  actualUsd: amount,
})

export const keepWarmMonth = z.object({
  month: z.string(),
  daysElapsed: z.number().int(),
  daysInMonth: z.number().int(),
  expectedUsd: amount.meta({ description: 'The budget for the whole month.' }),
  mtdExpectedUsd: amount,
  mtdActualUsd: amount,
  projectedUsd: amount.meta({
    description:
      'Month to date plus the last seven days’ average for the days left (the actual, once the month is complete).',
  }),
  complete: z.boolean().meta({ description: 'The data covers the whole month: its actual is final.' }),
  status: z.enum(['over', 'within', 'under']).meta({
    description:
      'The actual (complete) or projection (in progress) against the month’s budget: over or under by more than 10 %, else within.',
  }),
  timesBudget: z
    .number()
    .nullable()
    .meta({ description: 'Actual or projection over the budget, to one decimal (27.3 for 27.3×).' }),
  varianceUsd: amount.meta({ description: 'Actual or projection minus the month’s budget: negative is under.' }),
})

export type KeepWarmMonthDto = z.infer<typeof keepWarmMonth>

/** The function a budget or a suggestion is for, and its pings: every `intervalMinutes`, `concurrency` at once. */
const pingSchedule = {
  functionId: z.number().int(),
  functionName: z.string(),
  accountId: z.string(),
  accountName: accountName,
  region: z.string(),
  intervalMinutes: z.number().int(),
  concurrency: z.number().int(),
}

export const budgetDto = z
  .object({
    ...pingSchedule,
    pingDurationMs: z.number().int(),
    memoryMb: z.number().int().nullable(),
    effectiveMemoryMb: z.number().int(),
    architecture: z.string(),
    note: z.string().nullable(),
    source: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    formula: budgetFormula.meta({
      description: 'Expected cost of 30 days, from the pricing engine, with each line’s formula.',
    }),
    month: keepWarmMonth.nullable().meta({
      description:
        'The month asked for (default: the month of the last day with data) against the budget; null before its data starts.',
    }),
    previousMonth: keepWarmMonth
      .nullable()
      .meta({ description: 'The month before it, for a glance at how the last month ended.' }),
  })
  .meta({ id: 'KeepWarmBudget' })
export type BudgetDto = z.infer<typeof budgetDto>

export const suggestionDto = z
  .object({
    ...pingSchedule,
    pingsPerHour: z.number().int(),
    hoursMatching: z.number().int(),
    hoursObserved: z.number().int(),
    pingDurationMs: z.number().int(),
    durationSource: z.enum(['measured', 'average']).meta({
      description: 'measured: the pings’ own duration; average: the function’s, when real traffic hides the pings.',
    }),
    memoryMb: z.number().int(),
    architecture: z.string(),
    formula: budgetFormula,
  })
  .meta({ id: 'KeepWarmSuggestion' })
export type SuggestionDto = z.infer<typeof suggestionDto>

export const functionDetail = z
  .object({
    function: z.object({
      id: z.number().int(),
      name: z.string(),
      accountId: z.string(),
      accountName,
      region: z.string(),
      arn: z.string(),
    }),
    range: z.object({
      from: isoDay,
      to: isoDay,
      granularity: z.enum(['day', 'hour']),
      hourlyFrom: isoDay.nullable(),
      dataThrough: isoDay.nullable(),
    }),
    config: functionConfig.nullable(),
    configChanges: z.array(z.object({ at: z.string(), day: isoDay, changes: z.array(z.string()) })),
    series: z.array(seriesPoint),
    totals: z.object({
      costUsd: amount,
      invocations: z.number(),
      errors: z.number(),
      throttles: z.number(),
      gbSeconds: amount,
    }),
    keepWarm: z.object({
      scheduleSource: z.enum(['budget', 'detected']).nullable(),
      budget: budgetDto.nullable(),
      suggestion: suggestionDto.nullable(),
      days: z.array(keepWarmDay),
      keepWarmUsd: amount,
      shareOfCostPct: z.number().nullable(),
      history: z.array(keepWarmMonth).meta({
        description: 'With a budget: each month with keep-warm data (at most 13, newest first) against the budget.',
      }),
      months: z.array(z.string()).meta({ description: 'The months the budget panel can show (oldest first).' }),
    }),
    incidents: z
      .array(incidentDto)
      .meta({ description: 'Incidents with an anomaly of this function in the range, largest extra cost first.' }),
    simulatorHref: z.string(),
  })
  .meta({ id: 'FunctionDetail' })
export type FunctionDetail = z.infer<typeof functionDetail>

export const functionOperations = [
  defineOperation({
    method: 'get',
    path: '/api/functions',
    permission: 'read',
    summary: 'Functions with their estimated cost, change, errors and keep-warm share over a date range',
    tags: ['functions'],
    query: functionsQuery,
    queryDescriptions: functionsQueryDescriptions,
    responses: { 200: { description: 'The functions.', schema: functionsResponse } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/functions/{id}',
    permission: 'read',
    summary: 'One function: daily or hourly series, configuration changes, keep-warm budget against actual, incidents',
    tags: ['functions'],
    pathParams: functionIdParams,
    query: functionDetailQuery,
    queryDescriptions: functionDetailQueryDescriptions,
    responses: {
      200: { description: 'The function.', schema: functionDetail },
      404: { description: 'No such function.' },
    },
  }),
]
