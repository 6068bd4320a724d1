import { billedInvocationMs } from '../pricing/billed-duration'
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
  /** How long each request runs (the traffic model's duration). */
  durationSeconds: number
  /** What each request is billed: its duration rounded up to the ms. */
  billedSeconds: number
  /** What a cold start adds to its request's bill: INIT and the request are billed as one duration, rounded up to the ms. */
  billedInitSeconds: number
  initDurationMs: number
  idleSeconds: number
  /** Ephemeral storage billed above the free 512 MB, in GB. */
  storageGb: number
  hourShares: number[]
  plans: SharePlan[]
  provisionedUses: ProvisionedUse[]
  /** Provisioned environment-hours in the period (a weekly schedule as an average week); formulas take the exact figure from provisionedConcurrencyHours. */
  provisionedHours: number
}

const SAME_SHARE = 1e-12

/** Hours a day of a plan at a provisioned concurrency (the level itself, before it becomes an index into plan.levels). */
type LevelSlots = { plan: number; level: number; slots: number }

/** Hours grouped by share; equal up to float noise counts as equal (1.2 + sin(h) profiles repeat their values only to the last bit). */
function groupHours(shares: number[], keepWarm: number | undefined): { plans: SharePlan[]; planOfHour: number[] } {
  const plans: SharePlan[] = []
  const planOfHour: number[] = []
  for (const share of shares) {
    let plan = 0
    while (plan < plans.length && Math.abs(plans[plan]!.share - share) > SAME_SHARE * share) plan++
    if (plan === plans.length)
      plans.push({
        share,
        hours: 0,
        levels: keepWarm === undefined || keepWarm === 0 ? [0] : [0, keepWarm],
        keepWarmLevel: 0,
      })
    plans[plan]!.hours += 1
    planOfHour.push(plan)
  }
  return { plans, planOfHour }
}

/**
 * Provisioned level-hours a day of each plan, as (plan, level, slots), and environment-hours a day. A fixed daily
 * schedule is placed on the busiest hours of the profile, as an operator would: plans by descending share take
 * whole hours until hoursPerDay runs out (a fraction of an hour covers that share of it).
 */
function provisionedSlots(
  input: ResolvedSimulationInput,
  plans: SharePlan[],
  planOfHour: number[],
): { slots: LevelSlots[]; hoursPerDay: number } {
  const schedule = input.strategies.provisioned_concurrency?.schedule
  if (!schedule) return { slots: [], hoursPerDay: 0 }
  const slots: LevelSlots[] = []
  if (schedule.kind === 'weekly') {
    // Each (day, hour) cell is 1/7 of an hour a day at its level: cells counted per plan and level.
    const cells = plans.map(() => new Map<number, number>())
    let weekly = 0
    for (const day of weeklyLevelGrid(schedule)) {
      for (let hour = 0; hour < day.length; hour++) {
        const level = day[hour]!
        const counts = cells[planOfHour[hour]!]!
        weekly += level
        counts.set(level, (counts.get(level) ?? 0) + 1)
      }
    }
    cells.forEach((counts, plan) => counts.forEach((count, level) => slots.push({ plan, level, slots: count / 7 })))
    return { slots, hoursPerDay: weekly / 7 }
  }
  const { concurrency, hoursPerDay } = schedule
  let left = Math.min(24, Math.max(0, hoursPerDay))
  const busiestFirst = plans.map((_, plan) => plan).sort((x, y) => plans[y]!.share - plans[x]!.share)
  for (const plan of busiestFirst) {
    const { hours } = plans[plan]!
    const covered = Math.min(hours, left)
    left -= covered
    if (covered > 0) slots.push({ plan, level: concurrency, slots: covered })
    if (covered < hours) slots.push({ plan, level: 0, slots: hours - covered })
  }
  return { slots, hoursPerDay: concurrency * Math.min(24, hoursPerDay) }
}

/** Adds a warm level to an ascending list unless it is there already. */
function insertLevel(levels: number[], level: number): void {
  let at = levels.length
  while (at > 0 && levels[at - 1]! > level) at--
  if (levels[at - 1] !== level) levels.splice(at, 0, level)
}

export function simulationContext(input: ResolvedSimulationInput): SimulationContext {
  let total = 0
  for (const weight of input.hourlyProfile) total += weight
  const hourShares = input.hourlyProfile.map((weight) => weight / total)
  const keepWarm = input.strategies.keep_warm?.concurrency
  const { plans, planOfHour } = groupHours(hourShares, keepWarm)
  const provisioned = provisionedSlots(input, plans, planOfHour)
  for (const { plan, level, slots } of provisioned.slots) if (slots > 0) insertLevel(plans[plan]!.levels, level)
  for (const plan of plans) plan.keepWarmLevel = keepWarm === undefined ? 0 : plan.levels.indexOf(keepWarm)
  const provisionedUses = provisioned.slots
    .filter((use) => use.slots > 0)
    .map(({ plan, level, slots }) => ({ plan, level: plans[plan]!.levels.indexOf(level), slots }))
  return {
    input,
    gb: input.memoryMb / 1024,
    durationSeconds: input.avgDurationMs / 1000,
    billedSeconds: billedInvocationMs(input.avgDurationMs) / 1000,
    billedInitSeconds:
      (billedInvocationMs(input.initDurationMs + input.avgDurationMs) - billedInvocationMs(input.avgDurationMs)) / 1000,
    initDurationMs: input.initDurationMs,
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
  const busiest =
    (Math.max(...context.hourShares) * requestsPerDay * (input.p99DurationMs ?? input.avgDurationMs)) / 3_600_000
  return Math.max(1, Math.ceil(busiest + 3 * Math.sqrt(busiest)))
}
