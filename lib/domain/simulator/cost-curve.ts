import type { Decimal } from '../money'
import { availableStrategies } from './evaluate-strategies'
import { hourTerms } from './hour-terms'
import { modelStrategies } from './model-strategy'
import { priceStrategyTotal } from './price-strategy'
import { resolveSimulationInput } from './resolve-simulation-input'
import { simulationContext } from './simulation-context'
import type { SimulationInput } from './simulation-input'
import type { StrategyName } from './types'

export type CostCurvePoint = { requestsPerDay: number; costs: { strategy: StrategyName; monthlyCostUsd: Decimal }[] }

/** Exact cost of each priceable strategy at each traffic level, for a chart; the input's own requestsPerDay is ignored. */
export function costCurve(input: SimulationInput, requestsPerDay: number[]): CostCurvePoint[] {
  const context = simulationContext(resolveSimulationInput(input))
  const strategies = availableStrategies(context).available
  return requestsPerDay.map((point) => ({
    requestsPerDay: point,
    costs: modelStrategies(context, strategies, hourTerms(context, point)).map((quantities) => ({
      strategy: quantities.strategy,
      monthlyCostUsd: priceStrategyTotal(context, quantities),
    })),
  }))
}
