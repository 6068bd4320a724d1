import { cheapestInstanceWithMemory, lambdaRegions } from '../pricing/rate-catalog'
import type { SimulationInput } from './simulation-input'
import { DEFAULT_SCENARIO } from './simulator-reference'
import type { FunctionWorkload } from './workload-from-metrics'

/** The cheapest instance with at least the function's memory in its region (the default one if none fits). */
function smallestFittingInstance(region: string, memoryMb: number): string {
  return cheapestInstanceWithMemory(region, memoryMb) ?? DEFAULT_SCENARIO.strategies.ec2!.instanceType
}

/**
 * The scenario a measured function opens with: its workload, its own keep-warm budget and provisioned
 * concurrency where it has them, and the smallest instance that holds its memory.
 */
export function scenarioFromWorkload({ workload, current }: FunctionWorkload): SimulationInput {
  const defaults = DEFAULT_SCENARIO.strategies
  const priced = lambdaRegions().includes(workload.region)
  return {
    ...DEFAULT_SCENARIO,
    ...workload,
    strategies: {
      on_demand: {},
      keep_warm: current.keepWarm ?? defaults.keep_warm,
      provisioned_concurrency: { concurrency: Math.max(1, current.provisionedConcurrency), hoursPerDay: 24 },
      ec2: { instanceType: priced ? smallestFittingInstance(workload.region, workload.memoryMb) : defaults.ec2!.instanceType, hoursPerMonth: defaults.ec2!.hoursPerMonth },
    },
  }
}
