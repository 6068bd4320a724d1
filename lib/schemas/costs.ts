// The costs API's answers and operations. The query they take is ./costs-query.ts (parsed in the browser too);
// its parameters are described here, beside the operations.
import { z } from 'zod'
import { DIMENSIONS, GRANULARITIES, MAX_GROUP_BY } from '@/lib/domain/costs/dimensions'
import { CURRENCIES } from '@/lib/domain/fx/currency'
import { DRIVERS } from '@/lib/domain/insights/decompose-change'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount, isoDay, isoMonth } from './common'
import { costsQuery, type costsQueryFields } from './costs-query'
import { CSV_NOTES, functionsCsvOperation } from './exports'

const several = (description: string) => `${description} Repeat the parameter for several values.`

const costsQueryDescriptions: Record<keyof typeof costsQueryFields, string> = {
  from: 'First day, inclusive (YYYY-MM-DD). With `to`; both absent means the last complete month with data.',
  to: 'Last day, inclusive (YYYY-MM-DD).',
  granularity: 'Period of each data point. Default: monthly.',
  groupBy: `Up to ${MAX_GROUP_BY} comma-separated dimensions of ${DIMENSIONS.join(', ')}; empty for the total only. Default: service. Grouping or filtering by function answers with per-function estimates (AWS Lambda only). \`team\` groups alone, unfiltered, in USD: each day's cost placed by the team rules in force (GET /api/teams), shared pools split by their method, and the \`unallocated\` group for what no rule places, always listed with its share; the groups add up to the total.`,
  service: several('Only these services, e.g. `AWS Lambda`.'),
  usage_type: several('Only these usage types, e.g. `APN2-Lambda-GB-Second-ARM`.'),
  account: several('Only these 12-digit account IDs.'),
  region: several('Only these regions, e.g. `ap-northeast-2` (`global` for usage without one).'),
  function: several('Only these Lambda functions, by ARN.'),
  currency:
    'KRW adds beside each USD amount its won at the month’s recorded rate (`/api/fx-rates`) and the rates used; a month without a rate has null won and is listed in `fxMissing`. Default: USD only.',
}

const change = { currentUsd: amount, previousUsd: amount, changeUsd: amount, changePct: z.number().nullable() }

const won = (description: string) =>
  amount
    .nullable()
    .optional()
    .meta({
      description: `With currency=KRW: ${description} Exact (round to the won once, half away from zero, to show); null when a month it needs has no rate.`,
    })

/** With currency=KRW, beside each USD amount (lib/domain/costs/krw-twins.ts). */
const krwChange = {
  currentKrw: won('currentUsd in won, each month at its own rate.'),
  previousKrw: won('previousUsd in won.'),
  changeKrw: won('currentKrw − previousKrw.'),
  usageKrw: won(
    'the part of changeKrw due to usage: the change in USD at the comparison month’s rate. Only when the range and its comparison each lie in one month.',
  ),
  fxKrw: won(
    'the part of changeKrw due to the exchange rate: currentUsd × the change in rate. usageKrw + fxKrw = changeKrw.',
  ),
  byPeriodKrw: z
    .array(amount.nullable())
    .optional()
    .meta({ description: 'With currency=KRW: byPeriod in won (null for a period whose month has no rate).' }),
}

export const fxRateUsed = z
  .object({ month: isoMonth, krwPerUsd: z.string(), source: z.string(), asOf: isoDay })
  .meta({ id: 'FxRateUsed', description: 'A recorded KRW per USD rate a won amount rests on.' })

const periodFacts = z
  .object({
    requests: z.number(),
    retries: z.number().meta({ description: 'Every automatic retry, retried keep-warm pings included.' }),
    retriedPings: z.number().meta({
      description:
        'Of them, retried keep-warm pings (keep-warm pings that failed and were retried): keep-warm traffic, in the Keep-warm part.',
    }),
    keepWarmPings: z.number().nullable(),
    errors: z.number(),
    averageDurationMs: z.number().nullable(),
    retryDurationMs: z.number().nullable(),
    memoryMb: z.number(),
    costUsd: amount,
  })
  .nullable()

export const decompositionSchema = z
  .object({
    previousUsd: amount,
    currentUsd: amount,
    changeUsd: amount,
    parts: z
      .array(z.object({ driver: z.enum(DRIVERS), usd: amount, sentence: z.string() }))
      .meta({ description: 'They sum exactly to changeUsd.' }),
    dominant: z.enum(DRIVERS).nullable(),
    previous: periodFacts,
    current: periodFacts,
  })
  .meta({
    id: 'CostChangeDecomposition',
    description:
      "Why a function's estimated cost changed: volume, keep-warm, duration, retries, memory, price (or new/removed).",
  })

const filterValuesOut = z.object(Object.fromEntries(DIMENSIONS.map((name) => [name, z.array(z.string()).optional()])))

export const costBreakdownResponse = z
  .object({
    from: isoDay,
    to: isoDay,
    granularity: z.enum(GRANULARITIES),
    groupBy: z.array(z.enum(DIMENSIONS)),
    filters: filterValuesOut,
    source: z.enum(['cost_explorer', 'function_estimates', 'team_allocation']).meta({
      description:
        'Billed line items, per-function estimates (AWS Lambda only), or by team the allocation of both (the showback’s).',
    }),
    estimated: z.boolean().meta({ description: 'The amounts are estimates from metrics, not billed amounts.' }),
    lambdaOnly: z.boolean().meta({ description: 'Only AWS Lambda is covered (per-function estimates).' }),
    notes: z.array(z.string()),
    dataThrough: isoDay.nullable(),
    comparison: z.object({
      from: isoDay,
      to: isoDay,
      basis: z.enum(['previous_months', 'same_days_of_previous_months', 'previous_days']),
      currentThrough: isoDay,
    }),
    periods: z.array(
      z.object({
        start: isoDay,
        end: isoDay,
        estimated: z.boolean().meta({ description: 'AWS still marks a day of this period as estimated.' }),
      }),
    ),
    estimatedDays: z.array(isoDay),
    currency: z.enum(CURRENCIES),
    fx: z.array(fxRateUsed).optional().meta({
      description: 'With currency=KRW: the rates of the months of the range and its comparison that have one.',
    }),
    fxMissing: z.array(isoMonth).optional().meta({
      description:
        'With currency=KRW: months of the range or its comparison without a recorded rate (their won are null).',
    }),
    total: z.object({ ...change, byPeriod: z.array(amount), ...krwChange }),
    groups: z.array(
      z.object({
        key: z.string(),
        values: z.object(Object.fromEntries(DIMENSIONS.map((name) => [name, z.string().optional()]))),
        label: z.string(),
        ...change,
        sharePct: z.number().nullable(),
        byPeriod: z.array(amount),
        ...krwChange,
      }),
    ),
    movers: z
      .object({ up: z.array(z.string()), down: z.array(z.string()) })
      .meta({ description: 'Group keys of the largest increases and decreases.' }),
    labels: z.object({
      account: z.record(z.string(), z.string()),
      function: z.record(
        z.string(),
        z.object({ id: z.number().int(), name: z.string(), accountId: z.string(), region: z.string() }),
      ),
    }),
    functionChanges: z
      .record(z.string(), decompositionSchema)
      .meta({ description: 'By function ARN: why its whole estimated cost changed.' }),
    availableMonths: z.array(isoMonth),
    options: z
      .object({
        service: z.array(z.string()),
        usage_type: z.array(z.string()),
        account: z.array(z.string()),
        region: z.array(z.string()),
      })
      .meta({
        description: 'Values each line-item dimension takes in the range (up to 500 each), for filter pickers.',
      }),
  })
  .meta({ id: 'CostBreakdown' })

export const costsOperations = [
  defineOperation({
    method: 'get',
    path: '/api/costs',
    permission: 'read',
    summary: 'Costs by period and up to two dimensions, with the change against the previous period and the top movers',
    description:
      'Whole months compare with as many whole months before; a range in progress with the same days before; any other range with as many days just before. ' +
      'Grouping or filtering by function answers with per-function estimates from metrics (AWS Lambda only) and explains each function’s change.',
    tags: ['costs'],
    query: costsQuery,
    queryDescriptions: costsQueryDescriptions,
    responses: { 200: { description: 'The breakdown.', schema: costBreakdownResponse } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/exports/costs.csv',
    permission: 'export',
    summary: 'The cost breakdown as CSV: one row per period and group',
    description:
      `Same parameters as GET /api/costs. Columns: row_type (detail, or total on the last row, which sums cost_usd and amortized_cost_usd: sum a ` +
      `column over the detail rows, or read the total, never both), period_start, one per grouping dimension (account_id followed by account_name, service, usage_type, region, function_name: a function preceded by its account_id and account_name unless grouped by account too), cost_usd, ` +
      `then amortized_cost_usd and, grouped by usage type, usage_quantity and usage_unit for Cost Explorer data; estimated (AWS still estimates a day of ` +
      `the period; always true for per-function estimates); function_arn when grouped by function. ` +
      `The sum of cost_usd over the detail rows equals the /api/costs total for the same query. With currency=KRW, after cost_usd: cost_krw (cost_usd × the row's month's rate, ` +
      `in full precision, so the column's detail rows sum to the API's currentKrw; the total row sums it too), krw_per_usd, fx_source and fx_as_of; every month of the range needs a recorded rate. ${CSV_NOTES}`,
    tags: ['exports'],
    query: costsQuery,
    queryDescriptions: costsQueryDescriptions,
    responses: {
      200: { description: 'The CSV file (attachment).', contentType: 'text/csv' },
      422: {
        description:
          'currency=KRW and a month of the range has no recorded rate (the message and `details.months` name them).',
      },
    },
  }),
  functionsCsvOperation,
]
