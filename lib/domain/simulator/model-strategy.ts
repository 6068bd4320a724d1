import type { HourTerms } from './hour-terms'
import { modelEc2 } from './model-ec2'
import { modelKeepWarm } from './model-keep-warm'
import { modelOnDemand } from './model-on-demand'
import { modelProvisionedConcurrency } from './model-provisioned-concurrency'
import type { SimulationContext } from './simulation-context'
import type { StrategyName, StrategyQuantities } from './types'

const MODELS: Record<StrategyName, (context: SimulationContext, hours: HourTerms) => StrategyQuantities> = {
  on_demand: modelOnDemand,
  keep_warm: modelKeepWarm,
  provisioned_concurrency: modelProvisionedConcurrency,
  ec2: modelEc2,
}

/** Quantities of each strategy at one traffic level, from cold-start terms computed once for all of them. */
export function modelStrategies(
  context: SimulationContext,
  strategies: readonly StrategyName[],
  hours: HourTerms,
): StrategyQuantities[] {
  return strategies.map((strategy) => MODELS[strategy](context, hours))
}
