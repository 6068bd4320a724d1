// Cost Explorer pages → plain rows. Every page is validated (zod) before anything is written: amounts must be
// decimal strings, costs in USD, dates YYYY-MM-DD, and each group must carry one key per GroupBy dimension.
// Service names and usage types stay free strings (AWS adds new ones all the time).
import 'server-only'
import { z } from 'zod'
import { isAccountId } from '@/lib/domain/aws-ids'
import { addDaysTo, isIsoDay } from '@/lib/domain/calendar'
import type { CostLineFields } from '@/lib/domain/costs/cost-line'
import { toAmountString, toDecimal } from '@/lib/domain/money'
import { regionOfUsageType } from '@/lib/domain/usage-type-region'
import { AwsSourceError } from '../errors'

const day = z.string().refine(isIsoDay, 'expected YYYY-MM-DD')
const amount = z.object({
  Amount: z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a decimal string'),
  Unit: z.string(),
})

export const costPageSchema = z.object({
  NextPageToken: z.string().max(8192).optional(),
  GroupDefinitions: z.array(z.object({ Type: z.string(), Key: z.string() })).optional(),
  ResultsByTime: z.array(
    z.object({
      TimePeriod: z.object({ Start: day, End: day }),
      Groups: z.array(z.object({ Keys: z.array(z.string()), Metrics: z.record(z.string(), amount) })).default([]),
      Estimated: z.boolean().default(false),
    }),
  ),
  DimensionValueAttributes: z
    .array(z.object({ Value: z.string(), Attributes: z.record(z.string(), z.string()).default({}) }))
    .default([]),
})

export type CostPage = z.infer<typeof costPageSchema>

export const COST_METRICS = ['UnblendedCost', 'AmortizedCost', 'UsageQuantity'] as const
const CURRENCY_METRICS = new Set([
  'UnblendedCost',
  'AmortizedCost',
  'NetUnblendedCost',
  'NetAmortizedCost',
  'BlendedCost',
])

/** Validates one raw page: shape, decimal amounts, USD costs, one key per GroupBy dimension, the metrics asked for. */
export function parseCostPage(raw: unknown, expected: { groupBy: number; metrics: readonly string[] }): CostPage {
  const result = costPageSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new AwsSourceError(
      'invalid_response',
      `Cost Explorer sent an unexpected response (${issue.path.join('.')}: ${issue.message}); nothing was written for this window.`,
    )
  }
  for (const period of result.data.ResultsByTime) {
    for (const group of period.Groups) {
      if (group.Keys.length !== expected.groupBy) {
        throw new AwsSourceError(
          'invalid_response',
          `Cost Explorer returned ${group.Keys.length} group keys where ${expected.groupBy} were asked for; nothing was written for this window.`,
        )
      }
      for (const metric of expected.metrics) {
        const value = group.Metrics[metric]
        if (!value)
          throw new AwsSourceError(
            'invalid_response',
            `Cost Explorer left out ${metric} for ${group.Keys.join('/')} on ${period.TimePeriod.Start}; nothing was written for this window.`,
          )
        if (CURRENCY_METRICS.has(metric) && value.Unit !== 'USD') {
          throw new AwsSourceError(
            'invalid_response',
            `Cost Explorer reported ${metric} in ${value.Unit}; only USD is supported. Nothing was written for this window.`,
          )
        }
      }
    }
  }
  return result.data
}

export type CostLine = CostLineFields & { estimated: boolean }

/** DAILY pages grouped by SERVICE and USAGE_TYPE for one account and record type → one line per day and group. */
export function toCostLines(
  pages: readonly CostPage[],
  context: { accountId: string; recordType: string },
): CostLine[] {
  const lines: CostLine[] = []
  for (const page of pages) {
    for (const period of page.ResultsByTime) {
      if (addDaysTo(period.TimePeriod.Start, 1) !== period.TimePeriod.End) {
        throw new AwsSourceError(
          'invalid_response',
          `Cost Explorer returned a period ${period.TimePeriod.Start}..${period.TimePeriod.End} where days were asked for.`,
        )
      }
      for (const group of period.Groups) {
        const [service, usageType] = group.Keys as [string, string]
        const quantity = group.Metrics.UsageQuantity!
        lines.push({
          day: period.TimePeriod.Start,
          accountId: context.accountId,
          service,
          usageType,
          region: regionOfUsageType(usageType),
          recordType: context.recordType,
          unblendedCost: toAmountString(group.Metrics.UnblendedCost!.Amount),
          amortizedCost: toAmountString(group.Metrics.AmortizedCost!.Amount),
          usageQuantity: toAmountString(quantity.Amount),
          usageUnit: quantity.Unit || 'N/A',
          estimated: period.Estimated,
        })
      }
    }
  }
  return lines
}

/** Cost Explorer's own unblended total of one record type in one month (or the part of it in the range). */
export type MonthlyTotal = { from: string; recordType: string; unblendedCost: string }

export type AccountActivity = { id: string; name: string; recordTypes: string[]; totals: MonthlyTotal[] }

/** Pages grouped by LINKED_ACCOUNT and RECORD_TYPE → each account, its name when AWS gives one, and its record types. */
export function toAccountActivity(pages: readonly CostPage[]): AccountActivity[] {
  const names = new Map<string, string>()
  const recordTypes = new Map<string, Set<string>>()
  const totals = new Map<string, MonthlyTotal[]>()
  for (const page of pages) {
    for (const attribute of page.DimensionValueAttributes) {
      const name = attribute.Attributes.description
      if (name) names.set(attribute.Value, name)
    }
    for (const period of page.ResultsByTime) {
      for (const group of period.Groups) {
        const [accountId, recordType] = group.Keys as [string, string]
        if (!isAccountId(accountId))
          throw new AwsSourceError(
            'invalid_response',
            `Cost Explorer returned "${accountId}" where a 12-digit account id was expected.`,
          )
        const types = recordTypes.get(accountId) ?? new Set<string>()
        const value = group.Metrics.UnblendedCost
        // A record type with nothing in it (all zero) needs no query of its own.
        if (recordType === 'Usage' || (value && !toDecimal(value.Amount).isZero())) types.add(recordType)
        recordTypes.set(accountId, types)
        const accountTotals = totals.get(accountId) ?? []
        if (value)
          accountTotals.push({ from: period.TimePeriod.Start, recordType, unblendedCost: toAmountString(value.Amount) })
        totals.set(accountId, accountTotals)
      }
    }
  }
  return [...recordTypes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, types]) => ({
      id,
      name: names.get(id) ?? id,
      recordTypes: [...types].sort((a, b) => (a === 'Usage' ? -1 : b === 'Usage' ? 1 : a.localeCompare(b))),
      totals: totals.get(id) ?? [],
    }))
}
