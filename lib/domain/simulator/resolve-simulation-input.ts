import type { Architecture } from '../functions/function-config'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import type { ProvisionedSchedule } from '../pricing/provisioned-schedule'
import type { SimulationInput } from './simulation-input'

export const SIMULATION_DEFAULTS = {
  /** A typical managed-runtime INIT; measure it from REPORT lines or Lambda Insights `init_duration`. */
  initDurationMs: 800,
  /** AWS does not publish it; measurements range from 5 to 15 minutes (aws-facts §4.3). */
  idleLifetimeMinutes: 7,
  days: 30,
  includeFreeTier: false,
  ephemeralStorageMb: 512,
  provisionedHoursPerDay: 24,
  ec2HoursPerMonth: DEFAULT_HOURS_PER_MONTH,
} as const

export type ResolvedSimulationInput = {
  region: string
  architecture: Architecture
  memoryMb: number
  requestsPerDay: number
  avgDurationMs: number
  p99DurationMs?: number
  /** 24 weights, one per hour of the day; the profile repeats every day. */
  hourlyProfile: number[]
  initDurationMs: number
  idleLifetimeMinutes: number
  /** Measured peak (ConcurrentExecutions maximum); when absent it is derived from traffic. */
  peakConcurrency?: number
  ephemeralStorageMb: number
  days: number
  includeFreeTier: boolean
  strategies: {
    on_demand?: Record<string, never>
    keep_warm?: { intervalMinutes: number; pingDurationMs: number; concurrency: number }
    provisioned_concurrency?: { schedule: ProvisionedSchedule }
    ec2?: { instanceType: string; hoursPerMonth: number }
  }
}

const FLAT_PROFILE: number[] = Array<number>(24).fill(1)

/** Applies SIMULATION_DEFAULTS; the input is assumed valid (parse it with simulationInputSchema at the boundary). */
export function resolveSimulationInput(input: SimulationInput): ResolvedSimulationInput {
  const { strategies } = input
  const provisioned = strategies.provisioned_concurrency
  // Assigned in this order rather than spread from conditional objects (a fleet resolves thousands of inputs):
  // the keys come out in the same order, which the API response shows.
  const resolved: ResolvedSimulationInput['strategies'] = {}
  if (strategies.on_demand) resolved.on_demand = {}
  if (strategies.keep_warm) resolved.keep_warm = strategies.keep_warm
  if (provisioned) {
    resolved.provisioned_concurrency = {
      schedule: provisioned.weekly
        ? { kind: 'weekly', ...provisioned.weekly }
        : {
            kind: 'fixed',
            concurrency: provisioned.concurrency ?? 0,
            hoursPerDay: provisioned.hoursPerDay ?? SIMULATION_DEFAULTS.provisionedHoursPerDay,
          },
    }
  }
  if (strategies.ec2)
    resolved.ec2 = {
      instanceType: strategies.ec2.instanceType,
      hoursPerMonth: strategies.ec2.hoursPerMonth ?? SIMULATION_DEFAULTS.ec2HoursPerMonth,
    }
  return {
    region: input.region,
    architecture: input.architecture,
    memoryMb: input.memoryMb,
    requestsPerDay: input.requestsPerDay,
    avgDurationMs: input.avgDurationMs,
    p99DurationMs: input.p99DurationMs,
    hourlyProfile: input.hourlyProfile ?? FLAT_PROFILE,
    initDurationMs: input.initDurationMs ?? SIMULATION_DEFAULTS.initDurationMs,
    idleLifetimeMinutes: input.idleLifetimeMinutes ?? SIMULATION_DEFAULTS.idleLifetimeMinutes,
    peakConcurrency: input.peakConcurrency,
    ephemeralStorageMb: input.ephemeralStorageMb ?? SIMULATION_DEFAULTS.ephemeralStorageMb,
    days: input.days ?? SIMULATION_DEFAULTS.days,
    includeFreeTier: input.includeFreeTier ?? SIMULATION_DEFAULTS.includeFreeTier,
    strategies: resolved,
  }
}
