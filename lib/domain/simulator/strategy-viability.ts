import { formatQuantity } from '../pricing/format-formula'
import { ec2InstanceSpec } from '../pricing/rate-catalog'
import { ec2Requirement } from './ec2-sizing'
import { peakConcurrency, type SimulationContext } from './simulation-context'
import type { StrategyQuantities } from './types'

// A strategy is viable when it carries the workload it is priced for; each reason says why one does not. Only a
// viable strategy can be the simulator's answer, however cheap the others are.

const n = (value: number) => formatQuantity(value, 2)

/** In-flight requests on average in the busiest hour of the profile: what the function sustains, not its bursts. */
export function steadyConcurrency(context: SimulationContext, requestsPerDay: number): number {
  return (Math.max(...context.hourShares) * requestsPerDay * context.input.avgDurationMs) / 3_600_000
}

/**
 * Keep-warm that leaves most requests cold: pings keep environments warm only when they come more often than the
 * idle lifetime, otherwise requests start as cold as without them. When they do keep them warm, only requests
 * beyond the warmed environments start cold, a small share, so the interval is the test.
 */
function keepWarmReasons(context: SimulationContext, quantities: StrategyQuantities): string[] {
  const { intervalMinutes } = context.input.strategies.keep_warm!
  const { idleLifetimeMinutes } = context.input
  if (intervalMinutes < idleLifetimeMinutes) return []
  return [
    `Pings every ${n(intervalMinutes)} min are not more frequent than the ${n(idleLifetimeMinutes)}-min idle lifetime: environments are reclaimed between pings, ${n(quantities.pings!.coldPings)} pings a month pay a cold start and real requests still start cold.`,
  ]
}

function provisionedReasons(context: SimulationContext, quantities: StrategyQuantities): string[] {
  const schedule = context.input.strategies.provisioned_concurrency!.schedule
  const top =
    schedule.kind === 'fixed'
      ? schedule.concurrency
      : Math.max(schedule.baseline, ...schedule.levels.map((level) => level.concurrency))
  const steady = steadyConcurrency(context, quantities.requestsPerDay)
  if (top >= steady) return []
  return [
    `Provisioned level ${top} is below the steady concurrency of ~${n(steady)} (requests in flight on average in the busiest hour): requests spill over to on-demand, and start cold, whenever the function is busy.`,
  ]
}

function ec2Reasons(context: SimulationContext, peak: number): string[] {
  const { memoryMb, strategies } = context.input
  const { instanceType } = strategies.ec2!
  const spec = ec2InstanceSpec(instanceType)!
  const needed = ec2Requirement(peak, memoryMb)
  const reasons: string[] = []
  if (needed.vcpus > spec.vcpus) {
    reasons.push(
      `A peak of ${peak} concurrent requests at ${n(memoryMb)} MB (1 vCPU per 1,769 MB on Lambda) needs about ${n(needed.vcpus)} vCPUs; ${instanceType} has ${spec.vcpus}.`,
    )
  }
  if (needed.memoryGib > spec.memoryGib) {
    reasons.push(
      `A peak of ${peak} concurrent requests at ${n(memoryMb)} MB needs about ${n(needed.memoryGib)} GiB of memory; ${instanceType} has ${n(spec.memoryGib)} GiB.`,
    )
  }
  return reasons
}

/** Why the strategy cannot carry the workload at its traffic; empty when it can. */
export function viabilityReasons(context: SimulationContext, quantities: StrategyQuantities): string[] {
  switch (quantities.strategy) {
    case 'on_demand':
      return []
    case 'keep_warm':
      return keepWarmReasons(context, quantities)
    case 'provisioned_concurrency':
      return provisionedReasons(context, quantities)
    case 'ec2':
      return ec2Reasons(context, peakConcurrency(context, quantities.requestsPerDay))
  }
}
