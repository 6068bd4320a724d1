import { ec2Requirement, smallestFittingInstance } from './ec2-sizing'
import { resolveSimulationInput } from './resolve-simulation-input'
import { peakConcurrency, simulationContext } from './simulation-context'
import type { SimulationInput } from './simulation-input'
import { DEFAULT_SCENARIO } from './simulator-reference'
import type { FunctionWorkload } from './workload-from-metrics'

/** The cheapest instance in the workload's region that carries its peak concurrency × memory (see ec2-sizing.ts). */
function instanceForPeak(scenario: SimulationInput): string | null {
  const peak = peakConcurrency(simulationContext(resolveSimulationInput(scenario)), scenario.requestsPerDay)
  return smallestFittingInstance(scenario.region, ec2Requirement(peak, scenario.memoryMb))
}

/**
 * The scenario a measured function opens with: its workload, its own keep-warm budget and provisioned
 * concurrency where it has them, and the smallest instance that carries its peak (the default one where the card
 * has no instance prices, which the simulator then lists as unavailable).
 */
export function scenarioFromWorkload({ workload, current }: Omit<FunctionWorkload, 'notes'>): SimulationInput {
  const defaults = DEFAULT_SCENARIO.strategies
  const scenario: SimulationInput = {
    ...DEFAULT_SCENARIO,
    ...workload,
    strategies: {
      on_demand: {},
      keep_warm: current.keepWarm ?? defaults.keep_warm,
      provisioned_concurrency: { concurrency: Math.max(1, current.provisionedConcurrency), hoursPerDay: 24 },
      ec2: defaults.ec2,
    },
  }
  const instanceType = instanceForPeak(scenario)
  return instanceType === null
    ? scenario
    : { ...scenario, strategies: { ...scenario.strategies, ec2: { ...defaults.ec2!, instanceType } } }
}
