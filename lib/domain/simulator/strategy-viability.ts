import { formatQuantity } from '../pricing/format-formula'
import { phrase, type Phrase } from '../phrase'
import { ec2InstanceSpec } from '../pricing/rate-catalog'
import { ec2Requirement } from './ec2-sizing'
import { peakConcurrency, type SimulationContext } from './simulation-context'
import type { StrategyQuantities } from './types'

// A strategy is viable when it carries the workload it is priced for; each reason says why one does not. Only a
// viable strategy can be the simulator's answer, however cheap the others are.

const n = (value: number) => formatQuantity(value, 2)
const key = (name: string) => `simulator.phrases.reason.${name}`

/** In-flight requests on average in the busiest hour of the profile: what the function sustains, not its bursts. */
export function steadyConcurrency(context: SimulationContext, requestsPerDay: number): number {
  return (Math.max(...context.hourShares) * requestsPerDay * context.input.avgDurationMs) / 3_600_000
}

/**
 * Keep-warm that leaves most requests cold: pings keep environments warm only when they come more often than the
 * idle lifetime, otherwise requests start as cold as without them. When they do keep them warm, only requests
 * beyond the warmed environments start cold, a small share, so the interval is the test.
 */
function keepWarmReasons(context: SimulationContext, quantities: StrategyQuantities): Phrase[] {
  const { intervalMinutes } = context.input.strategies.keep_warm!
  const { idleLifetimeMinutes } = context.input
  if (intervalMinutes < idleLifetimeMinutes) return []
  return [
    phrase(key('keepWarmTooRare'), {
      interval: n(intervalMinutes),
      idle: n(idleLifetimeMinutes),
      coldPings: n(quantities.pings!.coldPings),
    }),
  ]
}

function provisionedReasons(context: SimulationContext, quantities: StrategyQuantities): Phrase[] {
  const schedule = context.input.strategies.provisioned_concurrency!.schedule
  const top =
    schedule.kind === 'fixed'
      ? schedule.concurrency
      : Math.max(schedule.baseline, ...schedule.levels.map((level) => level.concurrency))
  const steady = steadyConcurrency(context, quantities.requestsPerDay)
  if (top >= steady) return []
  return [phrase(key('provisionedBelowSteady'), { level: String(top), steady: n(steady) })]
}

function ec2Reasons(context: SimulationContext, peak: number): Phrase[] {
  const { memoryMb, strategies } = context.input
  const { instanceType } = strategies.ec2!
  const spec = ec2InstanceSpec(instanceType)!
  const needed = ec2Requirement(peak, memoryMb)
  const reasons: Phrase[] = []
  if (needed.vcpus > spec.vcpus) {
    reasons.push(
      phrase(key('ec2Vcpus'), {
        peak: String(peak),
        memory: n(memoryMb),
        needed: n(needed.vcpus),
        instanceType,
        has: String(spec.vcpus),
      }),
    )
  }
  if (needed.memoryGib > spec.memoryGib) {
    reasons.push(
      phrase(key('ec2Memory'), {
        peak: String(peak),
        memory: n(memoryMb),
        needed: n(needed.memoryGib),
        instanceType,
        has: n(spec.memoryGib),
      }),
    )
  }
  return reasons
}

/** Why the strategy cannot carry the workload at its traffic; empty when it can. */
export function viabilityReasons(context: SimulationContext, quantities: StrategyQuantities): Phrase[] {
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
