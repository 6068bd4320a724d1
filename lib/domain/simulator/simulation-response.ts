import { toAmountString } from '../money'
import type { SimulationResult, StrategyResult } from './types'

type ResponseLineItem = {
  label: string
  meter: string
  quantity: string
  unit: string
  unitPriceUsd: string
  costUsd: string
  formula: string
}

export type SimulationResponse = Omit<SimulationResult, 'strategies'> & {
  strategies: (Omit<StrategyResult, 'monthlyCostUsd' | 'lineItems'> & {
    monthlyCostUsd: string
    lineItems: ResponseLineItem[]
  })[]
}

/** JSON-native form for the HTTP API: amounts and quantities as decimal strings, unrounded. */
export function toSimulationResponse(result: SimulationResult): SimulationResponse {
  return {
    ...result,
    strategies: result.strategies.map(({ monthlyCostUsd, lineItems, ...rest }) => ({
      ...rest,
      monthlyCostUsd: toAmountString(monthlyCostUsd),
      lineItems: lineItems.map((item) => ({
        label: item.label,
        meter: item.meter,
        quantity: toAmountString(item.quantity),
        unit: item.unit,
        unitPriceUsd: toAmountString(item.unitPriceUsd),
        costUsd: toAmountString(item.costUsd),
        formula: item.formula,
      })),
    })),
  }
}
