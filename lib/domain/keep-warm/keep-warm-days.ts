// Splits each day into keep-warm pings (the async events, plus the retries of those dropped) and real
// traffic. Ping duration = the day's billed time minus real traffic at its usual average (robust least squares
// over clean days, where weekdays move real traffic but not the schedule); if noise hides it, assumed, and said.
import { robustSpread } from '@/lib/domain/stats'
import type { HistoryConfig } from '@/lib/domain/functions/function-history'
import type { IsoDay } from '@/lib/domain/calendar'
import type { MetricValues } from '@/lib/domain/metrics'
import { type Decimal, ZERO, toDecimal } from '@/lib/domain/money'
import { keepWarmPings } from '@/lib/domain/pricing/keep-warm-cost'
import { billedInvocationMs, estimatedBilledMs } from '@/lib/domain/pricing/billed-duration'
import { listPricer } from '@/lib/domain/pricing/list-price'

export type KeepWarmSchedule = { intervalMinutes: number; concurrency: number }

export type DurationSource = 'measured' | 'assumed' | 'unknown'

export type KeepWarmDay = {
  day: IsoDay
  scheduledPings: number
  /** Ping invocations billed, retries included. */
  pingAttempts: number
  failedPingAttempts: number
  realInvocations: number
  pingDurationMs: number | null
  /** A bound on how far day-to-day noise of real traffic can move a measured ping duration (0 when pings are all the traffic). */
  pingDurationNoiseMs: number
  durationSource: DurationSource
  pingGbSeconds: Decimal
  /** Requests and duration of the pings at list price (what a keep-warm budget counts). */
  pingCostUsd: Decimal
}

export type KeepWarmDayInput = { day: IsoDay; metrics: MetricValues; config: HistoryConfig | null }

const REFERENCE_DAYS = 56
const MIN_CLEAN_DAYS = 7
/** A ping duration read from one day is kept when the noise bound is at most this fraction of a typical ping… */
const MAX_RELATIVE_NOISE = 0.75
/** …or when it stands out from the typical ping by more than this many noise bounds (a regression in noisy traffic). */
const EXCURSION_BOUNDS = 2

type Split = { attempts: number; failed: number; real: number }

function splitDay(metrics: MetricValues, scheduled: number, retries: number): Split {
  const { invocations, asyncEventsReceived: events, asyncEventsDropped: dropped } = metrics
  // Scheduled rules invoke asynchronously: async events are the pings (more than budgeted is an overrun,
  // not real traffic). Without the async metric, invocations up to the schedule are.
  const pingEvents = events > 0 ? events : Math.min(invocations, scheduled)
  const failedEvents = Math.min(dropped, pingEvents)
  const attempts = Math.min(invocations, pingEvents + retries * failedEvents)
  return { attempts, failed: Math.min(attempts, failedEvents * (1 + retries)), real: invocations - attempts }
}

type RealTraffic = { durationMs: number; typicalPingMs: number; noiseMs: number }
type Sample = { pings: number; real: number; sum: number }

function leastSquares(samples: readonly Sample[]): { ping: number; real: number } | null {
  let pp = 0,
    pr = 0,
    rr = 0,
    py = 0,
    ry = 0
  for (const { pings, real, sum } of samples) {
    pp += pings * pings
    pr += pings * real
    rr += real * real
    py += pings * sum
    ry += real * sum
  }
  const determinant = pp * rr - pr * pr
  // Pings and real traffic moving together (no weekday swing) leave the two durations inseparable.
  if (pp === 0 || rr === 0 || determinant / (pp * rr) < 0.01) return null
  return { ping: (rr * py - pr * ry) / determinant, real: (pp * ry - pr * py) / determinant }
}

/**
 * Average real-traffic and ping durations (ms) from clean days by least squares (sum = pings × a + real × b),
 * refitted without days more than three robust deviations off (a slow week must not set the reference), with
 * a bound on one day's noise: four robust deviations of the residuals, or the largest residual if larger.
 */
function realTraffic(samples: readonly Sample[]): RealTraffic | null {
  if (samples.length < MIN_CLEAN_DAYS) return null
  const first = leastSquares(samples)
  if (!first) return null
  const residuals = samples.map(({ pings, real, sum }) => sum - pings * first.ping - real * first.real)
  const scale = robustSpread(residuals) ?? 0
  const kept = scale > 0 ? samples.filter((_, index) => Math.abs(residuals[index]!) <= 3 * scale) : samples
  const fit = kept.length >= MIN_CLEAN_DAYS ? leastSquares(kept) : first
  if (!fit || fit.real <= 0 || fit.ping <= 0) return null
  const keptResiduals = kept.map(({ pings, real, sum }) => sum - pings * fit.ping - real * fit.real)
  const largest = Math.max(...keptResiduals.map(Math.abs))
  return {
    durationMs: fit.real,
    typicalPingMs: fit.ping,
    noiseMs: Math.max(4 * (robustSpread(keptResiduals) ?? 0), largest),
  }
}

export function computeKeepWarmDays(input: {
  region: string
  days: readonly KeepWarmDayInput[]
  schedule: KeepWarmSchedule
  /** The budget's ping duration, used when the data cannot measure it. */
  assumedPingDurationMs: number | null
}): KeepWarmDay[] {
  const scheduled = keepWarmPings({
    intervalMinutes: input.schedule.intervalMinutes,
    concurrency: input.schedule.concurrency,
    days: 1,
  }).pings
  const splits = input.days.map((day) => splitDay(day.metrics, scheduled, day.config?.maxRetryAttempts ?? 0))
  const clean = input.days.map(({ metrics }, index) => {
    const split = splits[index]!
    return split.attempts > 0 && split.real > 0 && split.failed === 0 && metrics.errors <= metrics.invocations * 0.05
  })
  return input.days.map((day, index): KeepWarmDay => {
    const split = splits[index]!
    const base = {
      day: day.day,
      scheduledPings: scheduled,
      pingAttempts: split.attempts,
      failedPingAttempts: split.failed,
      realInvocations: split.real,
    }
    if (split.attempts === 0 || !day.config)
      return {
        ...base,
        pingDurationMs: null,
        pingDurationNoiseMs: 0,
        durationSource: 'unknown',
        pingGbSeconds: ZERO,
        pingCostUsd: ZERO,
      }
    const sum = day.metrics.durationSumMs
    let duration: number | null = null
    let noiseBound = 0
    if (split.real <= day.metrics.invocations * 0.01) duration = sum / day.metrics.invocations
    else {
      const samples: { pings: number; real: number; sum: number }[] = []
      for (let at = Math.max(0, index - REFERENCE_DAYS); at < index; at++) {
        if (clean[at])
          samples.push({
            pings: splits[at]!.attempts,
            real: splits[at]!.real,
            sum: input.days[at]!.metrics.durationSumMs,
          })
      }
      const reference = realTraffic(samples)
      const pingDuration = reference === null ? null : (sum - split.real * reference.durationMs) / split.attempts
      const noise = reference ? reference.noiseMs / split.attempts : Number.POSITIVE_INFINITY
      if (
        reference &&
        pingDuration !== null &&
        pingDuration > 0 &&
        (noise <= MAX_RELATIVE_NOISE * reference.typicalPingMs ||
          pingDuration >= reference.typicalPingMs + EXCURSION_BOUNDS * noise)
      ) {
        duration = pingDuration
        noiseBound = noise
      }
    }
    const source: DurationSource =
      duration !== null ? 'measured' : input.assumedPingDurationMs !== null ? 'assumed' : 'unknown'
    const durationMs = duration ?? input.assumedPingDurationMs
    if (durationMs === null)
      return {
        ...base,
        pingDurationMs: null,
        pingDurationNoiseMs: 0,
        durationSource: source,
        pingGbSeconds: ZERO,
        pingCostUsd: pingRequestCost(input.region, day.config, split.attempts),
      }
    // Billed per ping rounded up to the ms: exactly for a budget's planned duration, estimated for a measured average.
    const billedMs =
      duration === null
        ? toDecimal(split.attempts).times(billedInvocationMs(durationMs))
        : estimatedBilledMs(toDecimal(split.attempts).times(durationMs), split.attempts)
    const gbSeconds = billedMs.div(1000).times(toDecimal(day.config.memoryMb).div(1024))
    return {
      ...base,
      pingDurationMs: Math.round(durationMs * 100) / 100,
      pingDurationNoiseMs: Math.round(noiseBound * 100) / 100,
      durationSource: source,
      pingGbSeconds: gbSeconds,
      pingCostUsd: pingRequestCost(input.region, day.config, split.attempts).plus(
        listPricer(input.region, day.config.architecture, 'duration')(gbSeconds),
      ),
    }
  })
}

function pingRequestCost(region: string, config: HistoryConfig, attempts: number): Decimal {
  return listPricer(region, config.architecture, 'request')(attempts)
}
