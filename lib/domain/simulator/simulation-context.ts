import { weeklyLevelGrid } from '../pricing/provisioned-schedule'
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
  /** Provisioned environment-hours in the period (a weekly schedule as an average week); formulas take the exact figure from provisionedConcurrencyHours. */
  provisionedHours: number
}

type LevelSlots = { level: number; slots: number }

const SAME_SHARE = 1e-12

/** Provisioned level per hour of the day as (level, share of days) pairs, and environment-hours per day. */
function provisionedLevelsByHour(input: ResolvedSimulationInput, shares: number[]): { byHour: LevelSlots[][]; hoursPerDay: number } {
  const schedule = input.strategies.provisioned_concurrency?.schedule
  if (!schedule) return { byHour: [], hoursPerDay: 0 }
  if (schedule.kind === 'weekly') {
    const grid = weeklyLevelGrid(schedule)
    let weekly = 0
    const byHour = shares.map((_, hour) => {
      const levels: LevelSlots[] = []
      for (const day of grid) {
        const level = day[hour]!
        weekly += level
        const found = levels.find((entry) => entry.level === level)
        if (found) found.slots += 1 / 7
        else levels.push({ level, slots: 1 / 7 })
      }
      return levels
    })
    return { byHour, hoursPerDay: weekly / 7 }
  }
  const { concurrency, hoursPerDay } = schedule
  const always = [{ level: concurrency, slots: 1 }]
  if (hoursPerDay >= 24) return { byHour: shares.map(() => always), hoursPerDay: concurrency * 24 }
  // A fixed daily schedule is placed on the busiest hours of the profile (ties: earliest hour), as an operator would:
  // the hour of rank k (0 = busiest) is covered for min(1, max(0, hoursPerDay − k)) of itself.
  const byHour = shares.map((share, hour) => {
    let rank = 0
    for (let other = 0; other < shares.length; other++) if (shares[other]! > share || (shares[other] === share && other < hour)) rank++
    const on = Math.min(1, Math.max(0, hoursPerDay - rank))
    return on >= 1 ? always : [{ level: concurrency, slots: on }, { level: 0, slots: 1 - on }]
  })
  return { byHour, hoursPerDay: concurrency * hoursPerDay }
}

/** Adds a warm level to an ascending list unless it is there already. */
function insertLevel(levels: number[], level: number): void {
  let at = levels.length
  while (at > 0 && levels[at - 1]! > level) at--
  if (levels[at - 1] !== level) levels.splice(at, 0, level)
}

function buildPlans(input: ResolvedSimulationInput, shares: number[], provisioned: LevelSlots[][]): { plans: SharePlan[]; provisionedUses: ProvisionedUse[] } {
  const keepWarm = input.strategies.keep_warm?.concurrency
  const plans: SharePlan[] = []
  const planOfHour: number[] = []
  for (let hour = 0; hour < shares.length; hour++) {
    const share = shares[hour]!
    // Equal up to float noise counts as equal: 1.2 + sin(h) profiles repeat their values only to the last bit.
    let plan = 0
    while (plan < plans.length && Math.abs(plans[plan]!.share - share) > SAME_SHARE * share) plan++
    if (plan === plans.length) plans.push({ share, hours: 0, levels: keepWarm === undefined || keepWarm === 0 ? [0] : [0, keepWarm], keepWarmLevel: 0 })
    const { levels } = plans[plan]!
    plans[plan]!.hours += 1
    for (const { level, slots } of provisioned[hour] ?? []) if (slots > 0) insertLevel(levels, level)
    planOfHour.push(plan)
  }
  for (const plan of plans) {
    plan.keepWarmLevel = keepWarm === undefined ? 0 : plan.levels.indexOf(keepWarm)
  }
  const provisionedUses: ProvisionedUse[] = []
  const useOf: (ProvisionedUse | undefined)[][] = plans.map(() => [])
  for (let hour = 0; hour < provisioned.length; hour++) {
    const plan = planOfHour[hour]!
    for (const { level, slots } of provisioned[hour]!) {
      if (slots <= 0) continue
      const index = plans[plan]!.levels.indexOf(level)
      const found = useOf[plan]![index]
      if (found) found.slots += slots
      else provisionedUses.push((useOf[plan]![index] = { plan, level: index, slots }))
    }
  }
  return { plans, provisionedUses }
}

export function simulationContext(input: ResolvedSimulationInput): SimulationContext {
  let total = 0
  for (const weight of input.hourlyProfile) total += weight
  const hourShares = input.hourlyProfile.map((weight) => weight / total)
  const provisioned = provisionedLevelsByHour(input, hourShares)
  const { plans, provisionedUses } = buildPlans(input, hourShares, provisioned.byHour)
  return {
    input,
    gb: input.memoryMb / 1024,
    durationSeconds: input.avgDurationMs / 1000,
    initSeconds: input.initDurationMs / 1000,
    idleSeconds: input.idleLifetimeMinutes * 60,
    storageGb: (input.ephemeralStorageMb - 512) / 1024,
    hourShares,
    plans,
    provisionedUses,
    provisionedHours: provisioned.hoursPerDay * input.days,
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
