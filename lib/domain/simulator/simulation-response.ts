import { toAmountString } from '../money'
import type { Phrase } from '../phrase'
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

export type SimulationResponse = Omit<
  SimulationResult,
  'strategies' | 'verdict' | 'recommendedReason' | 'assumptions'
> & {
  verdict: string | null
  recommendedReason: string
  assumptions: string[]
  strategies: (Omit<StrategyResult, 'monthlyCostUsd' | 'lineItems' | 'reasons' | 'warnings' | 'assumptions'> & {
    monthlyCostUsd: string
    lineItems: ResponseLineItem[]
    reasons: string[]
    warnings: string[]
    assumptions: string[]
  })[]
}

/**
 * JSON-native form for the HTTP API: amounts and quantities as decimal strings, unrounded; the words as sentences
 * in the caller's language (`sentence` renders the domain's phrases).
 */
export function toSimulationResponse(result: SimulationResult, sentence: (text: Phrase) => string): SimulationResponse {
  return {
    ...result,
    verdict: result.verdict && result.verdict.map(sentence).join(' '),
    recommendedReason: sentence(result.recommendedReason),
    assumptions: result.assumptions.map(sentence),
    strategies: result.strategies.map(({ monthlyCostUsd, lineItems, reasons, warnings, assumptions, ...rest }) => ({
      ...rest,
      reasons: reasons.map(sentence),
      warnings: warnings.map(sentence),
      assumptions: assumptions.map(sentence),
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
