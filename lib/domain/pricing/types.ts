import type { Decimal } from '../money'

export { LAMBDA_METERS, type LambdaMeter } from './lambda-meters'

/** One priced quantity; `formula` shows in plain words and numbers how `costUsd` was reached. Amounts are unrounded. */
export type LineItem = {
  label: string
  meter: string
  quantity: Decimal
  unit: string
  unitPriceUsd: Decimal
  costUsd: Decimal
  formula: string
}

export type CostResult = { lineItems: LineItem[]; totalUsd: Decimal }
