import { sum, type Decimal } from '../money'
import type { CostResult, LineItem } from './types'

export function lineItem(item: Omit<LineItem, 'costUsd'>): LineItem {
  return { ...item, costUsd: item.quantity.times(item.unitPriceUsd) }
}

export function costResult(lineItems: LineItem[]): CostResult {
  return { lineItems, totalUsd: sum(lineItems.map((item) => item.costUsd)) }
}

export function costOfMeter(lineItems: LineItem[], ...meters: string[]): Decimal {
  return sum(lineItems.filter((item) => meters.includes(item.meter)).map((item) => item.costUsd))
}
