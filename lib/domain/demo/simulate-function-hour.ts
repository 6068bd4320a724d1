// One function's CloudWatch metrics for one UTC hour, computed from its traffic components, configuration
// and active incidents. Pure and addressable: any hour can be computed alone, in any order.
import type { IsoDay } from '@/lib/domain/calendar'
import { type MetricValues, emptyMetrics } from '@/lib/domain/metrics'
import { count, jitter, keyOf } from './noise'
import { type ResolvedFunction, activeIncidents, configOn } from './resolve-scenario'
import type { HourlyProfile, TrafficComponent } from './scenario-types'

// Share of the day's traffic per local hour (index = local hour), before normalisation.
const PROFILES: Record<HourlyProfile, number[]> = {
  flat: Array.from({ length: 24 }, () => 1),
  business: [
    0.2, 0.15, 0.1, 0.1, 0.1, 0.15, 0.3, 0.6, 1, 1.3, 1.5, 1.5, 1.4, 1.5, 1.5, 1.4, 1.3, 1.2, 1, 0.9, 0.8, 0.6, 0.4,
    0.3,
  ],
  evening: [
    0.5, 0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 1, 1, 1, 1, 1.1, 1.3, 1.6, 1.9, 2, 1.8, 1.3, 0.8,
  ],
  night: [
    1.5, 1.8, 2, 2, 1.8, 1.4, 1, 0.7, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2,
  ],
}
const PROFILE_SUMS = Object.fromEntries(
  Object.entries(PROFILES).map(([name, weights]) => [name, weights.reduce((a, b) => a + b, 0)]),
) as Record<HourlyProfile, number>

// Whole-hour offsets are enough for traffic shapes; daylight saving is ignored on purpose.
const UTC_OFFSET_HOURS: Record<string, number> = {
  'ap-northeast-2': 9,
  'ap-northeast-1': 9,
  'us-east-1': -5,
  'us-west-2': -8,
  'eu-west-1': 0,
  'eu-central-1': 1,
}

type Part = {
  invocations: number
  errors: number
  throttles: number
  durationMs: number
  p99Ms: number
  maxMs: number
  async: boolean
  events: number
  dropped: number
  concurrency: number
}

/** All 24 hours of one UTC day (the per-day context is computed once). */
export function simulateFunctionDay(fn: ResolvedFunction, seed: number, day: IsoDay): MetricValues[] {
  const ctx = dayContext(fn, seed, day)
  return Array.from({ length: 24 }, (_, hour) => simulateHour(ctx, hour))
}

export function simulateFunctionHour(fn: ResolvedFunction, seed: number, day: IsoDay, hour: number): MetricValues {
  return simulateHour(dayContext(fn, seed, day), hour)
}

type DayContext = {
  fn: ResolvedFunction
  seed: number
  day: IsoDay
  exists: boolean
  config: ReturnType<typeof configOn>['config']
  durationFactor: number
  incidents: ReturnType<typeof activeIncidents>
  stepGrowth: number
  fnKey: number
  dayIndex: number
  weekday: number
  monthsSinceCreated: number
}

function dayContext(fn: ResolvedFunction, seed: number, day: IsoDay): DayContext {
  const period = configOn(fn, day)
  const incidents = activeIncidents(fn, day)
  return {
    fn,
    seed,
    day,
    exists: day >= fn.createdDay,
    config: period.config,
    durationFactor: period.durationFactor,
    incidents,
    stepGrowth: incidents.reduce(
      (factor, incident) =>
        incident.kind === 'traffic_growth' || incident.kind === 'invocation_surge' ? factor * incident.factor : factor,
      1,
    ),
    fnKey: keyOf(fn.key),
    dayIndex: epochDay(day),
    weekday: new Date(`${day}T00:00:00Z`).getUTCDay(),
    monthsSinceCreated: (epochDay(day) - epochDay(fn.createdDay) + 1) / 30.44,
  }
}

function epochDay(day: IsoDay): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000
}

function simulateHour(day: DayContext, hour: number): MetricValues {
  if (!day.exists) return emptyMetrics()
  const { config, fn, seed } = day
  const hourIndex = day.dayIndex * 24 + hour
  const attempts = 1 + config.maxRetryAttempts
  const parts: Part[] = []

  fn.spec.traffic.forEach((component, index) => {
    const key = [day.fnKey, hourIndex, index] as const
    const part = simulateComponent(component, { day, hour, key })
    if (!part || part.invocations === 0) return
    for (const incident of day.incidents)
      applyIncident(incident, component, part, attempts, config.timeoutSeconds, seed, key)
    parts.push(part)
  })
  if (parts.length === 0) return emptyMetrics()

  const invocations = sumOf(parts, (p) => p.invocations)
  const durationSumMs = round2(sumOf(parts, (p) => p.invocations * p.durationMs))
  const significant = parts.filter((p) => p.invocations >= invocations * 0.01)
  const p99 = Math.max(...significant.map((p) => p.p99Ms))
  const max = Math.max(...parts.map((p) => p.maxMs))
  const concurrency = Math.max(
    1,
    Math.ceil(Math.max(...parts.map((p) => p.concurrency), (durationSumMs / 3_600_000) * 2.5)),
  )
  const pc = config.provisionedConcurrency
  const onPc = pc > 0 ? Math.round(invocations * Math.min(1, pc / concurrency)) : 0
  return {
    invocations,
    errors: sumOf(parts, (p) => p.errors),
    throttles: sumOf(parts, (p) => p.throttles),
    durationSumMs,
    durationMaxMs: round2(Math.min(max, config.timeoutSeconds * 1000)),
    durationP99Ms: round2(Math.min(p99, config.timeoutSeconds * 1000)),
    concurrentExecutionsMax: concurrency,
    provisionedConcurrencyInvocations: onPc,
    provisionedConcurrencySpilloverInvocations: pc > 0 ? invocations - onPc : 0,
    provisionedConcurrentExecutionsMax: pc > 0 ? Math.min(concurrency, pc) : null,
    provisionedConcurrencyUtilizationMax: pc > 0 ? round2(Math.min(concurrency, pc) / pc) : null,
    asyncEventsReceived: sumOf(parts, (p) => p.events),
    asyncEventsDropped: sumOf(parts, (p) => p.dropped),
  }
}

type Context = { day: DayContext; hour: number; key: readonly number[] }

function simulateComponent(component: TrafficComponent, ctx: Context): Part | null {
  const { key } = ctx
  const { seed, fn, durationFactor, weekday } = ctx.day
  switch (component.kind) {
    case 'requests': {
      const profile = component.profile ?? 'business'
      const localHour = (ctx.hour + (UTC_OFFSET_HOURS[fn.spec.region] ?? 0) + 24) % 24
      const weekend = weekday === 0 || weekday === 6 ? (component.weekendFactor ?? 0.6) : 1
      const growth = (1 + (component.growthPerMonth ?? 0)) ** ctx.day.monthsSinceCreated
      const expected =
        (component.perDay * growth * ctx.day.stepGrowth * weekend * PROFILES[profile][localHour]!) /
        PROFILE_SUMS[profile]
      const invocations = count(expected, seed, ...key, 1)
      const durationMs = jitter(component.durationMs * durationFactor, 0.05, seed, ...key, 2)
      const p99Ms = durationMs * (component.p99Factor ?? 3) * jitter(1, 0.05, seed, ...key, 3)
      const errors = count(invocations * (component.errorRate ?? 0.001), seed, ...key, 4)
      return part(
        invocations,
        errors,
        durationMs,
        p99Ms,
        component.async ?? false,
        ((expected / 3600) * durationMs) / 1000,
      )
    }
    case 'pings': {
      const fanOut = component.fanOut ?? 1
      // Pings at every multiple of `everyMinutes` since midnight UTC that fall in this hour.
      const schedules =
        Math.floor((ctx.hour * 60 + 59) / component.everyMinutes) -
        Math.ceil((ctx.hour * 60) / component.everyMinutes) +
        1
      const invocations = schedules * fanOut
      const durationMs = jitter(component.durationMs * durationFactor, 0.08, seed, ...key, 2)
      return part(invocations, 0, durationMs, durationMs * 1.6, true, fanOut)
    }
    case 'batch': {
      const skip = component.weekdaysOnly && (weekday === 0 || weekday === 6)
      if (ctx.hour !== component.hourUtc || skip) return null
      const durationMs = jitter(component.durationMs * durationFactor, 0.1, seed, ...key, 2)
      return part(component.jobs, 0, durationMs, durationMs * 1.3, true, component.jobs)
    }
    case 'sporadic': {
      const invocations = count(component.perMonth / 730, seed, ...key, 1)
      const durationMs = jitter(component.durationMs, 0.2, seed, ...key, 2)
      return part(invocations, 0, durationMs, durationMs * 1.5, false, 1)
    }
  }
}

function part(
  invocations: number,
  errors: number,
  durationMs: number,
  p99Ms: number,
  async: boolean,
  concurrency: number,
): Part {
  return {
    invocations,
    errors,
    throttles: 0,
    durationMs,
    p99Ms,
    maxMs: p99Ms * 1.35,
    async,
    events: async ? invocations : 0,
    dropped: 0,
    concurrency,
  }
}

function applyIncident(
  incident: ReturnType<typeof activeIncidents>[number],
  component: TrafficComponent,
  part: Part,
  attempts: number,
  timeoutSeconds: number,
  seed: number,
  key: readonly number[],
) {
  switch (incident.kind) {
    case 'retry_amplification': {
      const applies = incident.appliesTo === 'all_async' ? part.async : component.kind === incident.appliesTo
      if (!applies) return
      // Every event fails and is retried: each attempt runs until it dies, and every attempt is billed.
      const events = part.events
      const failMs = Math.min(jitter(incident.failAfterMs, 0.1, seed, ...key, 5), timeoutSeconds * 1000)
      Object.assign(part, {
        invocations: events * attempts,
        errors: events * attempts,
        durationMs: failMs,
        p99Ms: failMs * 1.25,
        maxMs: failMs * 1.4,
        dropped: events,
        concurrency: Math.max(part.concurrency, Math.ceil(((events * attempts) / 3600) * (failMs / 1000) * 2)),
      })
      return
    }
    case 'timeout_amplification': {
      if (component.kind !== 'batch') return
      const hung = Math.round(part.events * incident.share)
      const healthy = part.events - hung
      const timeoutMs = timeoutSeconds * 1000
      const invocations = healthy + hung * attempts
      Object.assign(part, {
        invocations,
        errors: hung * attempts,
        durationMs: (healthy * part.durationMs + hung * attempts * timeoutMs) / invocations,
        p99Ms: timeoutMs,
        maxMs: timeoutMs,
        dropped: hung,
        concurrency: part.events,
      })
      return
    }
    case 'error_spike': {
      if (component.kind !== 'requests') return
      part.errors = Math.max(part.errors, count(part.invocations * incident.errorRate, seed, ...key, 6))
      return
    }
    case 'duration_regression': {
      if (component.kind !== incident.appliesTo) return
      Object.assign(part, {
        durationMs: part.durationMs * incident.factor,
        p99Ms: part.p99Ms * incident.factor,
        maxMs: part.maxMs * incident.factor,
      })
      return
    }
    case 'throttle_spike': {
      if (component.kind !== 'requests') return
      const throttled = count(part.invocations * incident.throttledShare, seed, ...key, 7)
      part.throttles = throttled
      part.invocations = Math.max(0, part.invocations - throttled)
      part.errors = Math.min(part.errors, part.invocations)
      return
    }
    default:
      return
  }
}

function sumOf(parts: Part[], pick: (part: Part) => number): number {
  return parts.reduce((total, p) => total + pick(p), 0)
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
