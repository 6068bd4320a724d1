import { phrase, type Phrase } from '../phrase'
import { cheapestOf } from './compare-strategies'
import type { SimulationResult, StrategyName } from './types'

export type Recommendation = { recommended: StrategyName | null; recommendedReason: Phrase }

const key = (name: string) => `simulator.phrases.recommendation.${name}`
const names = (strategies: StrategyName[]) =>
  strategies.map((strategy) => phrase(`simulator.phrases.strategyName.${strategy}`))

/**
 * The answer: the cheapest strategy that carries the workload, never a cheaper one that does not, and the rule
 * that chose it in one sentence. The verdict tells the same story with amounts; each strategy's reasons say why
 * it cannot carry the workload.
 */
export function recommend(result: Pick<SimulationResult, 'strategies' | 'unavailable'>): Recommendation {
  const { strategies, unavailable } = result
  if (strategies.length === 0)
    return { recommended: null, recommendedReason: phrase(key(unavailable.length > 0 ? 'nonePriced' : 'noneAsked')) }
  const recommended = cheapestOf(strategies.filter((entry) => entry.viable))
  if (recommended === null) {
    const none =
      strategies.length === 1 ? phrase(key('onlyNotViable')) : phrase(key('noneViable'), { count: strategies.length })
    return { recommended: null, recommendedReason: none }
  }
  const chosen = strategies.find((entry) => entry.strategy === recommended)!
  const cheaper = strategies
    .filter((entry) => !entry.viable && entry.monthlyCostUsd.lt(chosen.monthlyCostUsd))
    .map((entry) => entry.strategy)
  if (cheaper.length === 0) {
    const of = strategies.length === 1 ? phrase(key('only')) : phrase(key('cheapest'), { count: strategies.length })
    return { recommended, recommendedReason: of }
  }
  return {
    recommended,
    recommendedReason: phrase(key('cheaperCannot'), { names: names(cheaper), count: cheaper.length }),
  }
}
