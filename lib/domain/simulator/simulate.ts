import { RATE_CARD_VERSION } from '../pricing/rate-catalog'
import { cheapestOf } from './compare-strategies'
import { describeStrategy } from './describe-strategy'
import { evaluateStrategies } from './evaluate-strategies'
import { findBreakEven } from './find-break-even'
import { modelAssumptions } from './model-assumptions'
import { recommend } from './recommend'
import { resolveSimulationInput } from './resolve-simulation-input'
import { simulationContext } from './simulation-context'
import type { SimulationInput } from './simulation-input'
import { viabilityReasons } from './strategy-viability'
import type { SimulationResult, StrategyResult } from './types'
import { describeVerdict } from './verdict'

/**
 * "Ping, provision, or move to a server?" for one workload: each requested strategy's cost for the period with
 * its line items and formulas, cold starts, whether it carries the workload (and why not), warnings and
 * assumptions, the cheapest, the recommended (cheapest viable), and where each pair breaks even. Pure and synchronous; validate the input with simulationInputSchema at the boundary.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const context = simulationContext(resolveSimulationInput(input))
  const { evaluated, unavailable } = evaluateStrategies(context, true)
  const strategies: StrategyResult[] = evaluated.map(({ quantities, priced }) => {
    const reasons = viabilityReasons(context, quantities)
    return {
      strategy: quantities.strategy,
      monthlyCostUsd: priced.totalUsd,
      lineItems: priced.lineItems,
      coldStartsPerMonth: quantities.coldStarts,
      coldStartShare: quantities.requests > 0 ? quantities.coldStarts / quantities.requests : 0,
      viable: reasons.length === 0,
      reasons,
      ...describeStrategy(context, quantities),
    }
  })
  return {
    input: context.input,
    rateCardVersion: RATE_CARD_VERSION,
    strategies,
    unavailable,
    cheapest: cheapestOf(strategies),
    ...recommend({ strategies, unavailable }),
    breakEven: findBreakEven(
      context,
      strategies.map((result) => result.strategy),
    ),
    verdict: describeVerdict({ input: context.input, strategies }),
    assumptions: modelAssumptions(context),
  }
}
