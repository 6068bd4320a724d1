// The cost query as a URL: what /api/costs, the CSV export and the Costs page parse. The page parses it in the
// browser too, so this module holds no documentation (that is in ./costs.ts, beside the operations).
import { z } from 'zod'
import { type CostQuery, DIMENSIONS, GRANULARITIES, MAX_GROUP_BY } from '@/lib/domain/costs/dimensions'
import { CURRENCIES } from '@/lib/domain/fx/currency'
import { accountId, checkDayRange, isoDay, regionCode } from './common'

const MAX_FILTER_VALUES = 100
/** The dimensions a query filters by: a team is not one (its cost includes shared pools' shares). */
const FILTERS = ['service', 'usage_type', 'account', 'region', 'function'] as const

const dimension = z.enum(DIMENSIONS)

/** One value or the parameter repeated (`service=A&service=B`); values may contain commas. */
function filterValues(value: z.ZodType<string, string> = z.string().min(1).max(2048)) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((input) => (Array.isArray(input) ? input : [input]))
    .pipe(z.array(value).min(1).max(MAX_FILTER_VALUES))
    .optional()
}

const groupBy = z
  .string()
  .default('service')
  .transform((value) => (value === '' ? [] : value.split(',')))
  .pipe(
    z
      .array(dimension)
      .max(MAX_GROUP_BY, { message: `at most ${MAX_GROUP_BY} dimensions` })
      .refine((dimensions) => new Set(dimensions).size === dimensions.length, {
        message: 'a dimension may appear only once',
      }),
  )
  .meta({ example: 'account,service' })

export const costsQueryFields = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  granularity: z.enum(GRANULARITIES).default('monthly'),
  groupBy,
  service: filterValues(),
  usage_type: filterValues(),
  account: filterValues(accountId),
  region: filterValues(
    z.union([z.literal('global'), regionCode], { error: 'expected a region code such as us-east-1, or global' }),
  ),
  function: filterValues(
    z
      .string()
      .max(2048)
      .regex(/^arn:aws[\w-]*:lambda:/, 'expected a Lambda function ARN'),
  ),
  currency: z.enum(CURRENCIES).optional(),
}

/** Both ends or neither, in order, at most MAX_RANGE_DAYS long. */
export function checkCostsRange(query: { from?: string; to?: string }, context: z.RefinementCtx) {
  if ((query.from === undefined) !== (query.to === undefined)) {
    context.addIssue({
      code: 'custom',
      path: [query.from === undefined ? 'from' : 'to'],
      message: 'give both `from` and `to`, or neither',
    })
    return
  }
  checkDayRange()(query, context)
}

/**
 * By team, the allocation groups alone, unfiltered and in USD: its shared pools are split across teams, so a team's
 * cost has no service, account or region to filter or group further by, and its won is not computed yet.
 */
export function checkTeamGrouping(
  query: { groupBy: readonly string[]; currency?: string } & Record<string, unknown>,
  context: z.RefinementCtx,
) {
  if (!query.groupBy.includes('team')) return
  if (query.groupBy.length > 1)
    context.addIssue({ code: 'custom', path: ['groupBy'], message: 'team groups alone (groupBy=team)' })
  for (const name of FILTERS)
    if (query[name] !== undefined)
      context.addIssue({ code: 'custom', path: [name], message: `a breakdown by team takes no ${name} filter` })
  if (query.currency === 'KRW')
    context.addIssue({ code: 'custom', path: ['currency'], message: 'a breakdown by team is in USD only' })
}

export const costsQuery = z.strictObject(costsQueryFields).superRefine(checkCostsRange).superRefine(checkTeamGrouping)

export type CostsQueryOutput = z.output<typeof costsQuery>

export function toCostQuery(parsed: CostsQueryOutput): CostQuery {
  const filters: CostQuery['filters'] = {}
  for (const name of FILTERS) if (parsed[name]) filters[name] = parsed[name]
  return {
    ...(parsed.from && parsed.to ? { from: parsed.from, to: parsed.to } : {}),
    granularity: parsed.granularity,
    groupBy: parsed.groupBy,
    filters,
  }
}
