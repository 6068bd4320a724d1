import type { Decimal } from '../money'
import { RATE_CARD_VERSION } from '../pricing/rate-catalog'
import { evaluateTotals } from './evaluate-strategies'
import { findBreakEven } from './find-break-even'
import { resolveSimulationInput } from './resolve-simulation-input'
import { simulationContext } from './simulation-context'
import type { SimulationInput } from './simulation-input'
import type { BreakEven, SimulationResult, StrategyName } from './types'

export type StrategyComparison = {
  strategy: StrategyName
  monthlyCostUsd: Decimal
  coldStartsPerMonth: number
  coldStartShare: number
}

export type ComparisonResult = Pick<SimulationResult, 'rateCardVersion' | 'unavailable' | 'cheapest' | 'breakEven'> & {
  strategies: StrategyComparison[]
}

/**
 * The fleet form of simulate(): the same model and the same exact amounts, without line-item formulas,
 * warnings or assumptions, for ranking thousands of functions at once. Break-even is optional.
 */
export function compareStrategies(input: SimulationInput, options: { breakEven?: boolean } = {}): ComparisonResult {
  const context = simulationContext(resolveSimulationInput(input))
  const { evaluated, unavailable } = evaluateTotals(context)
  const strategies = evaluated.map(({ quantities, totalUsd }) => ({
    strategy: quantities.strategy,
    monthlyCostUsd: totalUsd,
    coldStartsPerMonth: quantities.coldStarts,
    coldStartShare: quantities.requests > 0 ? quantities.coldStarts / quantities.requests : 0,
  }))
  const breakEven: BreakEven[] =
    options.breakEven === false
      ? []
      : findBreakEven(
          context,
          strategies.map((result) => result.strategy),
        )
  return { rateCardVersion: RATE_CARD_VERSION, strategies, unavailable, cheapest: cheapestOf(strategies), breakEven }
}

/** Lowest monthly cost; ties go to the earlier strategy (on-demand, keep-warm, provisioned, EC2). */
export function cheapestOf(strategies: { strategy: StrategyName; monthlyCostUsd: Decimal }[]): StrategyName | null {
  let best: { strategy: StrategyName; monthlyCostUsd: Decimal } | undefined
  for (const candidate of strategies) if (!best || candidate.monthlyCostUsd.lt(best.monthlyCostUsd)) best = candidate
  return best?.strategy ?? null
}
