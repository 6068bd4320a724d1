import { ZERO, type Decimal } from '../money'
import { provisionedConcurrencyHours, weeklyLevelGrid } from '../pricing/provisioned-schedule'
import type { ResolvedSimulationInput } from './resolve-simulation-input'

/**
 * Hours of the day with the same share of daily requests are evaluated once (a flat profile costs one
 * evaluation, not 24), for every warm level any strategy needs in those hours.
 */
export type SharePlan = {
  share: number
  /** How many hours a day have this share. */
  hours: number
  /** Ascending warm levels to evaluate: 0 (on-demand), the keep-warm fan-out, provisioned levels. */
  levels: number[]
  keepWarmLevel: number
}

/** Provisioned concurrency in force for `slots` hours a day (fractions allowed) of a share plan. */
export type ProvisionedUse = { plan: number; level: number; slots: number }

export type SimulationContext = {
  input: ResolvedSimulationInput
  gb: number
  durationSeconds: number
  initSeconds: number
  idleSeconds: number
  /** Ephemeral storage billed above the free 512 MB, in GB. */
  storageGb: number
  hourShares: number[]
  plans: SharePlan[]
  provisionedUses: ProvisionedUse[]
  provisionedEnvironmentHours: Decimal
  /** The same as a number, for the models. */
  provisionedHours: number
  provisionedDescription: string
}

/** Provisioned level per hour of the day as (level, share of days) pairs. */
function provisionedLevelsByHour(input: ResolvedSimulationInput, shares: number[]): { level: number; slots: number }[][] {
  const schedule = input.strategies.provisioned_concurrency?.schedule
  if (!schedule) return []
  if (schedule.kind === 'weekly') {
    const grid = weeklyLevelGrid(schedule)
    return shares.map((_, hour) => grid.map((levels) => ({ level: levels[hour]!, slots: 1 / 7 })))
  }
  const enabledHours = new Array<number>(24).fill(schedule.hoursPerDay >= 24 ? 1 : 0)
  if (schedule.hoursPerDay > 0 && schedule.hoursPerDay < 24) {
    // A fixed daily schedule is placed on the busiest hours of the profile (ties: earliest hour), as an operator would.
    let hoursLeft = schedule.hoursPerDay
    for (const { hour } of shares.map((share, index) => ({ share, hour: index })).sort((x, y) => y.share - x.share || x.hour - y.hour)) {
      enabledHours[hour] = Math.min(1, Math.max(0, hoursLeft))
      hoursLeft -= enabledHours[hour]!
    }
  }
  return enabledHours.map((enabled) => [{ level: schedule.concurrency, slots: enabled }, { level: 0, slots: 1 - enabled }])
}

function buildPlans(input: ResolvedSimulationInput, shares: number[]): { plans: SharePlan[]; provisionedUses: ProvisionedUse[] } {
  const keepWarm = input.strategies.keep_warm?.concurrency
  const provisioned = provisionedLevelsByHour(input, shares)
  const plans: SharePlan[] = []
  const planOfShare = new Map<number, number>()
  const planOfHour: number[] = []
  for (let hour = 0; hour < shares.length; hour++) {
    const share = shares[hour]!
    let plan = planOfShare.get(share)
    if (plan === undefined) {
      plan = plans.push({ share, hours: 0, levels: keepWarm === undefined || keepWarm === 0 ? [0] : [0, keepWarm], keepWarmLevel: 0 }) - 1
      planOfShare.set(share, plan)
    }
    const { levels } = plans[plan]!
    plans[plan]!.hours += 1
    for (const { level, slots } of provisioned[hour] ?? []) if (slots > 0 && !levels.includes(level)) levels.push(level)
    planOfHour.push(plan)
  }
  for (const plan of plans) {
    if (plan.levels.length > 2) plan.levels.sort((x, y) => x - y)
    plan.keepWarmLevel = keepWarm === undefined ? 0 : plan.levels.indexOf(keepWarm)
  }
  const provisionedUses: ProvisionedUse[] = []
  const useOf = new Map<number, ProvisionedUse>()
  for (let hour = 0; hour < provisioned.length; hour++) {
    const plan = planOfHour[hour]!
    for (const { level, slots } of provisioned[hour]!) {
      if (slots <= 0) continue
      const index = plans[plan]!.levels.indexOf(level)
      const key = plan * 65_536 + index
      const found = useOf.get(key)
      if (found) found.slots += slots
      else {
        const use = { plan, level: index, slots }
        useOf.set(key, use)
        provisionedUses.push(use)
      }
    }
  }
  return { plans, provisionedUses }
}

export function simulationContext(input: ResolvedSimulationInput): SimulationContext {
  const total = input.hourlyProfile.reduce((sum, weight) => sum + weight, 0)
  const hourShares = input.hourlyProfile.map((weight) => weight / total)
  const schedule = input.strategies.provisioned_concurrency?.schedule
  const provisioned = schedule ? provisionedConcurrencyHours(schedule, input.days) : { hours: ZERO, description: '' }
  return {
    input,
    gb: input.memoryMb / 1024,
    durationSeconds: input.avgDurationMs / 1000,
    initSeconds: input.initDurationMs / 1000,
    idleSeconds: input.idleLifetimeMinutes * 60,
    storageGb: (input.ephemeralStorageMb - 512) / 1024,
    hourShares,
    ...buildPlans(input, hourShares),
    provisionedEnvironmentHours: provisioned.hours,
    provisionedHours: provisioned.hours.toNumber(),
    provisionedDescription: provisioned.description,
  }
}

/**
 * Peak in-flight requests, for sizing warnings: the measured value, else the busiest hour's mean concurrency
 * + 3σ (Poisson), taken at the p99 duration when known so a slow tail is not sized away.
 */
export function peakConcurrency(context: SimulationContext, requestsPerDay: number): number {
  const { input } = context
  if (input.peakConcurrency !== undefined) return input.peakConcurrency
  if (requestsPerDay <= 0) return 0
  const busiest = (Math.max(...context.hourShares) * requestsPerDay * (input.p99DurationMs ?? input.avgDurationMs)) / 3_600_000
  return Math.max(1, Math.ceil(busiest + 3 * Math.sqrt(busiest)))
}
