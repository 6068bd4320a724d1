// GetCostAndUsage has no SDK paginator: loop on NextPageToken, stop on a repeated token, count every page
// (each costs $0.01) before it is requested. Inclusive day ranges become Cost Explorer's exclusive end here,
// and only here.
import 'server-only'
import { type Expression, GetCostAndUsageCommand, type GroupDefinitionType } from '@aws-sdk/client-cost-explorer'
import { addDaysTo } from '@/lib/domain/calendar'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import type { CallMeter } from '../call-meter'
import type { AwsClients } from '../clients'
import { AwsSourceError, toAwsSourceError } from '../errors'
import {
  type AccountActivity,
  COST_METRICS,
  type CostLine,
  type CostPage,
  parseCostPage,
  toAccountActivity,
  toCostLines,
} from './transform'

const ACTION = 'ce:GetCostAndUsage'

type Query = {
  range: DayRange
  granularity: 'DAILY' | 'MONTHLY'
  groupBy: string[]
  metrics: readonly string[]
  filter?: Expression
}

export async function getCostAndUsagePages(
  aws: AwsClients,
  meter: CallMeter,
  query: Query,
  signal?: AbortSignal,
): Promise<CostPage[]> {
  const pages: CostPage[] = []
  const seen = new Set<string>()
  let token: string | undefined
  do {
    meter.costExplorerCall()
    let raw
    try {
      raw = await aws.costExplorer().send(
        new GetCostAndUsageCommand({
          TimePeriod: { Start: query.range.from, End: addDaysTo(query.range.to, 1) },
          Granularity: query.granularity,
          Metrics: [...query.metrics],
          GroupBy: query.groupBy.map((Key) => ({ Type: 'DIMENSION' as GroupDefinitionType, Key })),
          Filter: query.filter,
          NextPageToken: token,
        }),
        { abortSignal: signal },
      )
    } catch (error) {
      throw toAwsSourceError(error, ACTION)
    }
    meter.retried('costExplorer', raw.$metadata?.attempts)
    const page = parseCostPage(raw, { groupBy: query.groupBy.length, metrics: query.metrics })
    pages.push(page)
    token = page.NextPageToken || undefined
    if (token !== undefined) {
      if (seen.has(token))
        throw new AwsSourceError(
          'pagination',
          `Cost Explorer returned the same page token twice; stopped after ${pages.length} pages to avoid paying for a loop.`,
          { action: ACTION },
        )
      seen.add(token)
    }
  } while (token !== undefined)
  return pages
}

/** The linked accounts with any cost in the range, their names, and which record types each needs fetched. */
export async function getAccountActivity(
  aws: AwsClients,
  meter: CallMeter,
  range: DayRange,
  signal?: AbortSignal,
): Promise<AccountActivity[]> {
  const pages = await getCostAndUsagePages(
    aws,
    meter,
    { range, granularity: 'MONTHLY', groupBy: ['LINKED_ACCOUNT', 'RECORD_TYPE'], metrics: ['UnblendedCost'] },
    signal,
  )
  return toAccountActivity(pages)
}

/** Daily lines grouped by service and usage type, for one account and one record type. */
export async function getDailyCostLines(
  aws: AwsClients,
  meter: CallMeter,
  input: { range: DayRange; accountId: string; recordType: string },
  signal?: AbortSignal,
): Promise<CostLine[]> {
  const filter: Expression = {
    And: [
      { Dimensions: { Key: 'LINKED_ACCOUNT', Values: [input.accountId] } },
      { Dimensions: { Key: 'RECORD_TYPE', Values: [input.recordType] } },
    ],
  }
  const pages = await getCostAndUsagePages(
    aws,
    meter,
    { range: input.range, granularity: 'DAILY', groupBy: ['SERVICE', 'USAGE_TYPE'], metrics: COST_METRICS, filter },
    signal,
  )
  return toCostLines(pages, input)
}
