import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatQuantity } from '../pricing/format-formula'
import { provisionedBreakEvenUtilization } from '../pricing/provisioned-break-even'
import { phrase, type Phrase } from '../phrase'
import { ec2InstanceSpec, ec2Provenance } from '../pricing/rate-catalog'
import { ec2Requirement } from './ec2-sizing'
import { FAN_OUT_MIN_SLEEP_MS } from './model-keep-warm'
import { peakConcurrency, type SimulationContext } from './simulation-context'
import type { StrategyQuantities, StrategyResult } from './types'

type Description = Pick<StrategyResult, 'warnings' | 'assumptions' | 'keepWarm' | 'provisioned' | 'ec2'>

const n = (value: number) => formatQuantity(value, 2)
const percent = (share: number) => `${formatQuantity(share * 100, 1)}%`
const warning = (name: string, values?: Parameters<typeof phrase>[1]) =>
  phrase(`simulator.phrases.warning.${name}`, values)
const assumption = (name: string, values?: Parameters<typeof phrase>[1]) =>
  phrase(`simulator.phrases.assumption.${name}`, values)

function describeKeepWarm(context: SimulationContext, quantities: StrategyQuantities, peak: number): Description {
  const { intervalMinutes, concurrency, pingDurationMs } = context.input.strategies.keep_warm!
  const { idleLifetimeMinutes, includeFreeTier } = context.input
  const pings = quantities.pings!
  const keepsWarm = intervalMinutes < idleLifetimeMinutes
  // Pings that keep nothing warm are a reason the strategy is not viable (strategy-viability.ts), not a warning.
  const warnings: Phrase[] = []
  if (concurrency < peak)
    warnings.push(warning('keepWarmBelowPeak', { concurrency: String(concurrency), peak: String(peak) }))
  if (concurrency > 1 && pingDurationMs < FAN_OUT_MIN_SLEEP_MS) {
    warnings.push(
      warning('keepWarmFanOut', {
        concurrency: String(concurrency),
        duration: n(pingDurationMs),
        held: String(FAN_OUT_MIN_SLEEP_MS),
      }),
    )
  }
  const assumptions = [
    assumption('keepWarmPings', { interval: n(intervalMinutes), concurrency: String(concurrency) }),
    concurrency > 1
      ? assumption('keepWarmBilledFanOut', {
          billed: n(pings.billedMs),
          concurrency: String(concurrency),
          held: String(FAN_OUT_MIN_SLEEP_MS),
        })
      : assumption('keepWarmBilled', { billed: n(pings.billedMs) }),
    assumption('eventBridgeFree'),
  ]
  if (includeFreeTier) assumptions.push(assumption('keepWarmFreeTier'))
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
  const warnings: Phrase[] = []
  if (topLevel < peak)
    warnings.push(
      warning('provisionedBelowPeak', {
        level: String(topLevel),
        peak: String(peak),
        spillover: n(traffic.onDemandRequests),
      }),
    )
  if (utilization < breakEvenUtilization) {
    warnings.push(
      warning('provisionedUnderused', { utilization: percent(utilization), breakEven: percent(breakEvenUtilization) }),
    )
  }
  const assumptions = [
    assumption('provisionedSpillover'),
    schedule.kind === 'fixed' && schedule.hoursPerDay < 24
      ? assumption('provisionedHours', { hours: n(schedule.hoursPerDay) })
      : assumption('provisionedSchedule'),
    assumption('provisionedBilling'),
  ]
  if (input.includeFreeTier) assumptions.push(assumption('provisionedFreeTier'))
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
  const warnings: Phrase[] = []
  const month = String(DEFAULT_HOURS_PER_MONTH)
  if (hoursPerMonth > DEFAULT_HOURS_PER_MONTH)
    warnings.push(warning('ec2HoursOverMonth', { hours: n(hoursPerMonth), month }))
  if (hours < input.days * 24) warnings.push(warning('ec2PartTime', { hours: n(hours), total: n(input.days * 24) }))
  if (rate.status === 'unconfirmed')
    warnings.push(
      // The note is the rate card's own, in English like its sources.
      warning('ec2Unconfirmed', { instanceType, region: input.region, note: rate.note ?? '' }),
    )
  return {
    warnings,
    assumptions: [
      assumption('ec2Hours', { month, days: n(input.days) }),
      assumption('ec2OneInstance'),
      assumption('ec2Price', { status: phrase(`simulator.phrases.rateStatus.${rate.status}`) }),
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
      return { warnings: [], assumptions: [assumption('onDemand')] }
  }
}
