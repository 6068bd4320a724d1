import { cheapestOf } from './compare-strategies'
import { STRATEGY_LABELS } from './simulator-reference'
import type { SimulationResult, StrategyName } from './types'

export type Recommendation = { recommended: StrategyName | null; recommendedReason: string }

const count = (n: number) => `${n} ${n === 1 ? 'strategy' : 'strategies'}`
const names = (strategies: StrategyName[]) =>
  strategies.map((strategy) => STRATEGY_LABELS[strategy].toLowerCase().replace(/^ec2/, 'EC2')).join(', ')

/**
 * The answer: the cheapest strategy that carries the workload, never a cheaper one that does not, and the rule
 * that chose it in one sentence. The verdict tells the same story with amounts; each strategy's reasons say why
 * it cannot carry the workload.
 */
export function recommend(result: Pick<SimulationResult, 'strategies' | 'unavailable'>): Recommendation {
  const { strategies, unavailable } = result
  if (strategies.length === 0) {
    return {
      recommended: null,
      recommendedReason:
        unavailable.length > 0 ? 'None of the strategies asked for can be priced here.' : 'No strategy was asked for.',
    }
  }
  const recommended = cheapestOf(strategies.filter((entry) => entry.viable))
  if (recommended === null) {
    const none =
      strategies.length === 1
        ? 'The only strategy compared does not carry this workload; its reasons say why.'
        : `None of the ${count(strategies.length)} compared carries this workload; each one's reasons say why.`
    return { recommended: null, recommendedReason: none }
  }
  const chosen = strategies.find((entry) => entry.strategy === recommended)!
  const cheaper = strategies
    .filter((entry) => !entry.viable && entry.monthlyCostUsd.lt(chosen.monthlyCostUsd))
    .map((entry) => entry.strategy)
  if (cheaper.length === 0) {
    const of =
      strategies.length === 1
        ? 'The only strategy compared'
        : `The cheapest of the ${count(strategies.length)} compared`
    return { recommended, recommendedReason: `${of}, and it carries the workload.` }
  }
  return {
    recommended,
    recommendedReason: `The cheapest strategy that carries the workload; ${names(cheaper)} would cost less but cannot (${cheaper.length === 1 ? 'its reasons say' : 'their reasons say'} why).`,
  }
}
