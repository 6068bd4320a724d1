import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatQuantity } from '../pricing/format-formula'
import { provisionedBreakEvenUtilization } from '../pricing/provisioned-break-even'
import { ec2InstanceSpec, ec2Provenance } from '../pricing/rate-catalog'
import { ec2Requirement } from './ec2-sizing'
import { FAN_OUT_MIN_SLEEP_MS } from './model-keep-warm'
import { peakConcurrency, type SimulationContext } from './simulation-context'
import type { StrategyQuantities, StrategyResult } from './types'

type Description = Pick<StrategyResult, 'warnings' | 'assumptions' | 'keepWarm' | 'provisioned' | 'ec2'>

const n = (value: number) => formatQuantity(value, 2)
const percent = (share: number) => `${formatQuantity(share * 100, 1)}%`

function describeKeepWarm(context: SimulationContext, quantities: StrategyQuantities, peak: number): Description {
  const { intervalMinutes, concurrency, pingDurationMs } = context.input.strategies.keep_warm!
  const { idleLifetimeMinutes, includeFreeTier } = context.input
  const pings = quantities.pings!
  const keepsWarm = intervalMinutes < idleLifetimeMinutes
  // Pings that keep nothing warm are a reason the strategy is not viable (strategy-viability.ts), not a warning.
  const warnings: string[] = []
  if (concurrency < peak)
    warnings.push(
      `${concurrency} warm environment(s) for a peak of ${peak} concurrent requests: requests above ${concurrency} at once still start cold.`,
    )
  if (concurrency > 1 && pingDurationMs < FAN_OUT_MIN_SLEEP_MS) {
    warnings.push(
      `${concurrency} concurrent pings of ${n(pingDurationMs)} ms would mostly reuse one environment; each ping is modelled as held for ${FAN_OUT_MIN_SLEEP_MS} ms.`,
    )
  }
  const assumptions = [
    `Pings every ${n(intervalMinutes)} min to ${concurrency} environment(s); a pinged environment stays warm only if pings come more often than the idle lifetime.`,
    `Each ping is billed ${n(pings.billedMs)} ms${concurrency > 1 ? `; with a fan-out of ${concurrency} every ping must still be running when the last one lands, so at least ${FAN_OUT_MIN_SLEEP_MS} ms` : ''}.`,
    'EventBridge scheduled-rule invocations are taken as free (commonly reported, unconfirmed); a fan-out invoker function is not included.',
  ]
  if (includeFreeTier) assumptions.push('The free tier is drawn by real traffic first, then by pings.')
  return {
    warnings,
    assumptions,
    keepWarm: {
      pingsPerMonth: pings.pings,
      coldPingsPerMonth: pings.coldPings,
      pingBilledDurationMs: pings.billedMs,
      requiredSleepMs: concurrency > 1 ? FAN_OUT_MIN_SLEEP_MS : 0,
      keepsEnvironmentsWarm: keepsWarm,
    },
  }
}

function describeProvisioned(context: SimulationContext, quantities: StrategyQuantities, peak: number): Description {
  const { input } = context
  const schedule = input.strategies.provisioned_concurrency!.schedule
  const traffic = quantities.traffic!
  const breakEvenUtilization = provisionedBreakEvenUtilization(input.region, input.architecture)
  const utilization =
    traffic.provisionedConcurrencyGbSeconds > 0
      ? traffic.provisionedDurationGbSeconds / traffic.provisionedConcurrencyGbSeconds
      : 0
  const topLevel =
    schedule.kind === 'fixed'
      ? schedule.concurrency
      : Math.max(schedule.baseline, ...schedule.levels.map((level) => level.concurrency))
  const warnings: string[] = []
  if (topLevel < peak)
    warnings.push(
      `Provisioned level ${topLevel} is below the peak of ${peak} concurrent requests: ${n(traffic.onDemandRequests)} requests a month spill over to on-demand.`,
    )
  if (utilization < breakEvenUtilization) {
    warnings.push(
      `Provisioned environments are busy ${percent(utilization)} of the time; below ${percent(breakEvenUtilization)} provisioned concurrency costs more than the on-demand duration it replaces.`,
    )
  }
  const assumptions = [
    'Requests go to provisioned environments first; a request that finds them all busy spills over to on-demand (Erlang B) and may start cold.',
    schedule.kind === 'fixed' && schedule.hoursPerDay < 24
      ? `Enabled ${n(schedule.hoursPerDay)} h a day, placed on the busiest hours of the hourly profile, in the profile's clock.`
      : 'Schedule hours are read in the same clock as the hourly profile; a weekly schedule is averaged over the period.',
    'Billed per GB-s configured from enable to disable; AWS rounds that up to 5 minutes, which is ignored.',
  ]
  if (input.includeFreeTier) {
    assumptions.push(
      'AWS says the free tier does not apply to functions with provisioned concurrency, yet its own PC example applies it to requests and on-demand duration; this follows the example.',
    )
  }
  return {
    warnings,
    assumptions,
    provisioned: {
      environmentHours: context.provisionedHours,
      requestsOnProvisioned: traffic.provisionedRequests,
      spilloverRequests: traffic.onDemandRequests,
      utilization,
      breakEvenUtilization,
    },
  }
}

function describeEc2(context: SimulationContext, quantities: StrategyQuantities, peak: number): Description {
  const { input } = context
  const { instanceType, hoursPerMonth } = input.strategies.ec2!
  const spec = ec2InstanceSpec(instanceType)!
  const rate = ec2Provenance(input.region, instanceType)
  const required = ec2Requirement(peak, input.memoryMb)
  const hours = quantities.ec2Hours!
  // An instance too small for the peak is not viable (strategy-viability.ts): that is a reason, not a warning.
  const warnings: string[] = []
  if (hoursPerMonth > DEFAULT_HOURS_PER_MONTH)
    warnings.push(
      `hoursPerMonth ${n(hoursPerMonth)} is more than the ${DEFAULT_HOURS_PER_MONTH}-hour month; counted as always on.`,
    )
  if (hours < input.days * 24)
    warnings.push(
      `The instance runs ${n(hours)} of ${n(input.days * 24)} h; requests outside those hours are not served in this comparison.`,
    )
  if (rate.status === 'unconfirmed')
    warnings.push(`The ${instanceType} price in ${input.region} is unconfirmed (${rate.note}).`)
  return {
    warnings,
    assumptions: [
      `hoursPerMonth is read against the ${DEFAULT_HOURS_PER_MONTH}-hour month (${DEFAULT_HOURS_PER_MONTH} = always on) and applied to the ${n(input.days)}-day period.`,
      'One instance serves all traffic with no cold starts; EBS, data transfer, load balancing and operations time are not included.',
      `On-demand Linux price (${rate.status} source).`,
    ],
    ec2: {
      hours,
      vcpus: spec.vcpus,
      memoryGib: spec.memoryGib,
      requiredVcpus: required.vcpus,
      requiredMemoryGib: required.memoryGib,
    },
  }
}

export function describeStrategy(context: SimulationContext, quantities: StrategyQuantities): Description {
  const peak = peakConcurrency(context, quantities.requestsPerDay)
  switch (quantities.strategy) {
    case 'keep_warm':
      return describeKeepWarm(context, quantities, peak)
    case 'provisioned_concurrency':
      return describeProvisioned(context, quantities, peak)
    case 'ec2':
      return describeEc2(context, quantities, peak)
    case 'on_demand':
      return { warnings: [], assumptions: ['Every request is billed on demand; each cold start adds billed INIT.'] }
  }
}
