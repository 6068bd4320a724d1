import { MissingRateError } from '../pricing/rate-card'
import type { CostResult } from '../pricing/types'
import { hourTerms } from './hour-terms'
import { modelStrategies } from './model-strategy'
import { priceStrategy, type PricedLines } from './price-strategy'
import { searchRates } from './search-rates'
import type { SimulationContext } from './simulation-context'
import { STRATEGY_ORDER, type StrategyName, type StrategyQuantities } from './types'

export type EvaluatedStrategy = { quantities: StrategyQuantities; priced: CostResult }

/** Models and prices every requested strategy at the input's traffic; a strategy whose rates the card lacks is set aside. */
export function evaluateStrategies(context: SimulationContext, formulas: boolean): { evaluated: EvaluatedStrategy[]; unavailable: { strategy: StrategyName; reason: string }[] } {
  const unavailable: { strategy: StrategyName; reason: string }[] = []
  const available = STRATEGY_ORDER.filter((strategy) => {
    if (!context.input.strategies[strategy]) return false
    try {
      searchRates(context, strategy)
      return true
    } catch (error) {
      if (!(error instanceof MissingRateError)) throw error
      unavailable.push({ strategy, reason: error.message })
      return false
    }
  })
  const lines: PricedLines = []
  const evaluated = modelStrategies(context, available, hourTerms(context, context.input.requestsPerDay)).map((quantities) => ({
    quantities,
    priced: priceStrategy(context, quantities, formulas, lines),
  }))
  return { evaluated, unavailable }
}
