import type { Decimal } from '../money'
import { MissingRateError } from '../pricing/missing-rate-error'
import type { CostResult } from '../pricing/types'
import { hourTerms } from './hour-terms'
import { modelStrategies } from './model-strategy'
import { priceStrategy, priceStrategyTotal, type PricedLines } from './price-strategy'
import { searchPricer } from './search-pricers'
import type { SimulationContext } from './simulation-context'
import { STRATEGY_ORDER, type StrategyName, type StrategyQuantities } from './types'

export type EvaluatedStrategy = { quantities: StrategyQuantities; priced: CostResult }

type Unavailable = { strategy: StrategyName; reason: string }[]

/** Requested strategies in STRATEGY_ORDER whose rates the card has; the others with the missing rate named. */
export function availableStrategies(context: SimulationContext): {
  available: StrategyName[]
  unavailable: Unavailable
} {
  const unavailable: Unavailable = []
  const available = STRATEGY_ORDER.filter((strategy) => {
    if (!context.input.strategies[strategy]) return false
    try {
      searchPricer(context, strategy)
      return true
    } catch (error) {
      if (!(error instanceof MissingRateError)) throw error
      unavailable.push({ strategy, reason: error.message })
      return false
    }
  })
  return { available, unavailable }
}

/** Each available strategy modelled at the input's traffic (one pass of the cold-start model for all of them). */
function modelAtInputTraffic(context: SimulationContext): { modelled: StrategyQuantities[]; unavailable: Unavailable } {
  const { available, unavailable } = availableStrategies(context)
  return {
    modelled: modelStrategies(context, available, hourTerms(context, context.input.requestsPerDay)),
    unavailable,
  }
}

/** Models and prices every available strategy at the input's traffic, with line items (and formulas if asked). */
export function evaluateStrategies(
  context: SimulationContext,
  formulas: boolean,
): { evaluated: EvaluatedStrategy[]; unavailable: Unavailable } {
  const { modelled, unavailable } = modelAtInputTraffic(context)
  const lines: PricedLines = []
  return {
    evaluated: modelled.map((quantities) => ({
      quantities,
      priced: priceStrategy(context, quantities, formulas, lines),
    })),
    unavailable,
  }
}

/** evaluateStrategies without line items: the same exact totals, for comparing a fleet. */
export function evaluateTotals(context: SimulationContext): {
  evaluated: { quantities: StrategyQuantities; totalUsd: Decimal }[]
  unavailable: Unavailable
} {
  const { modelled, unavailable } = modelAtInputTraffic(context)
  return {
    evaluated: modelled.map((quantities) => ({ quantities, totalUsd: priceStrategyTotal(context, quantities) })),
    unavailable,
  }
}
