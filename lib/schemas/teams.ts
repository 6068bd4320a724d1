// Teams: the rules that place a cost in a team (GET/PUT /api/teams) and the monthly showback statement
// (GET /api/teams/showback, showback.csv). The rules' meaning (order, the default tag, unallocated, shared pools)
// is lib/domain/teams; this is their shape on the wire.
import { z } from 'zod'
import { TEAM_NAME_MAX_LENGTH } from '@/lib/domain/teams/team-rules'
import { defineOperation } from '@/lib/openapi/define-operation'
import { accountId, amount, isoDay, isoMonth } from './common'
import { CSV_NOTES } from './exports'
import { teamsShowbackQuery } from './teams-query'

const text = (max: number) => z.string().min(1).max(max)

export const teamMatch = z
  .union([
    z.object({ tag: z.object({ key: text(128), value: z.string().max(256) }).strict() }).strict(),
    z.object({ account: accountId }).strict(),
    z.object({ service: text(256) }).strict(),
    z.object({ functionPrefix: text(64) }).strict(),
  ])
  .meta({
    id: 'TeamMatch',
    description: 'One condition: a tag key and value, an account, a service, or a function-name prefix.',
  })

export const teamRule = z
  .object({ team: text(TEAM_NAME_MAX_LENGTH), match: teamMatch })
  .strict()
  .meta({ id: 'TeamRule' })

export const sharedSplit = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('even') }).strict(),
    z.object({ method: z.literal('proportional') }).strict(),
    z
      .object({ method: z.literal('fixed'), percentages: z.record(text(TEAM_NAME_MAX_LENGTH), z.string().max(10)) })
      .strict(),
  ])
  .meta({
    id: 'SharedSplit',
    description: 'Evenly, in proportion to each team’s direct cost, or by fixed percentages adding up to 100.',
  })

export const sharedPool = z
  .object({ name: text(64), match: teamMatch, split: sharedSplit })
  .strict()
  .meta({ id: 'SharedPool' })

export const teamSettings = z
  .object({
    rules: z
      .array(teamRule)
      .max(200)
      .meta({ description: 'Evaluated in order: the first that matches a cost places it.' }),
    defaultFromTag: text(128)
      .nullable()
      .meta({ description: 'With a tag key, each value of that tag is a team without a rule of its own.' }),
    sharedPools: z
      .array(sharedPool)
      .max(20)
      .default([])
      .meta({ description: 'Costs split over the teams instead of placed in one; checked before the rules.' }),
  })
  .strict()
  .meta({ id: 'TeamSettings' })
export type TeamSettings = z.output<typeof teamSettings>

const teamLine = z.object({
  team: z.string(),
  directUsd: amount,
  sharedUsd: amount,
  totalUsd: amount,
  previousTotalUsd: amount,
  changeUsd: amount,
  topFunctions: z.array(z.object({ name: z.string(), accountId: z.string(), region: z.string(), costUsd: amount })),
})

export const showbackResponse = z
  .object({
    month: isoMonth,
    from: isoDay,
    to: isoDay,
    previousMonth: isoMonth,
    availableMonths: z.array(isoMonth).meta({ description: 'Months with cost data, for a month picker.' }),
    totalUsd: amount,
    teams: z.array(teamLine).meta({ description: 'Every team with a cost this month or last, largest total first.' }),
    unallocated: teamLine.extend({
      lambdaNotInFunctionsUsd: amount.meta({
        description:
          'Billed Lambda minus the per-function estimates (free tier, credits, rounding), unless a rule places it.',
      }),
    }),
    pools: z.array(
      z.object({
        name: z.string(),
        method: z.string(),
        amountUsd: amount,
        shares: z.array(z.object({ team: z.string(), usd: amount })),
      }),
    ),
    coverage: z.string().nullable().meta({
      description: 'Share (0–1) of the cost outside shared pools that the rules placed; null without such cost.',
    }),
    method: z.string(),
  })
  .meta({ id: 'Showback' })
export type ShowbackResponse = z.output<typeof showbackResponse>

export const teamOperations = [
  defineOperation({
    method: 'get',
    path: '/api/teams',
    permission: 'read',
    summary: 'The team rules: ordered rules, the default tag and the shared pools',
    tags: ['teams'],
    responses: { 200: { description: 'The rules in force.', schema: teamSettings } },
  }),
  defineOperation({
    method: 'put',
    path: '/api/teams',
    permission: 'teams:write',
    summary: 'Replace the team rules',
    description:
      'Rules are checked as a whole: a rule that can never match, an empty team name or fixed percentages that do not add up to 100 are refused with the rule named.',
    tags: ['teams'],
    body: teamSettings,
    responses: { 200: { description: 'The rules now in force.', schema: teamSettings } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/teams/showback',
    permission: 'read',
    summary:
      'A month’s showback statement: each team’s direct and shared cost, unallocated, and the change from the month before',
    description: 'The teams’ totals plus unallocated equal the month’s total on the Costs page to the cent.',
    tags: ['teams'],
    query: teamsShowbackQuery,
    queryDescriptions: { month: 'The month (YYYY-MM); default the last complete month with data.' },
    responses: { 200: { description: 'The statement.', schema: showbackResponse } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/exports/showback.csv',
    permission: 'export',
    summary: 'A month’s showback statement for finance, one row per team and one for unallocated',
    description:
      'Columns: month, team (`unallocated` for what no rule places), direct_cost_usd, shared_cost_usd, total_cost_usd, previous_total_usd, change_usd, ' +
      `top_functions (the team's costliest functions, largest first). total_cost_usd adds up to the month's total. ${CSV_NOTES}`,
    tags: ['exports'],
    query: teamsShowbackQuery,
    queryDescriptions: { month: 'The month (YYYY-MM); default the last complete month with data.' },
    responses: { 200: { description: 'The CSV file (attachment).', contentType: 'text/csv' } },
  }),
]
