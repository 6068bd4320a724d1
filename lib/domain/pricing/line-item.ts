import { sum, ZERO, type Decimal } from '../money'
import type { CostResult, LineItem } from './types'

export function lineItem(item: Omit<LineItem, 'costUsd'>): LineItem {
  const { label, meter, quantity, unit, unitPriceUsd, formula } = item
  return { label, meter, quantity, unit, unitPriceUsd, costUsd: quantity.times(unitPriceUsd), formula }
}

export function costResult(lineItems: LineItem[]): CostResult {
  let totalUsd = ZERO
  for (const item of lineItems) totalUsd = totalUsd.plus(item.costUsd)
  return { lineItems, totalUsd }
}

export function costOfMeter(lineItems: LineItem[], ...meters: string[]): Decimal {
  return sum(lineItems.filter((item) => meters.includes(item.meter)).map((item) => item.costUsd))
}
