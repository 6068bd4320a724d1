import type { IsoDay } from '@/lib/domain/calendar'

/**
 * A daily cost line as Cost Explorer reports it: the natural key of cost_line_item (day, account, service, usage
 * type, region, record type) and its exact amounts as decimal strings. Every source of lines (Cost Explorer,
 * cost files, the demo) produces this shape, with its own extras.
 */
export type CostLineFields = {
  day: IsoDay
  accountId: string
  service: string
  usageType: string
  region: string
  recordType: string
  unblendedCost: string
  amortizedCost: string
  usageQuantity: string
  usageUnit: string
}
