// Every per-function detector in time order (each hour or day judged on baselines from before it), then
// episodes. Hourly data carries the signature detectors so recent incidents surface within hours; cost, wall
// clock and keep-warm are judged per day. One cause once: retry or timeout days are not also error or cost spikes.
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { computeKeepWarmDays, type KeepWarmDay } from '@/lib/domain/keep-warm/keep-warm-days'
import { detectDailyRun, detectSchedule } from '@/lib/domain/keep-warm/detect-schedule'
import { type Decimal, ZERO, sum } from '@/lib/domain/money'
import { keepWarmCost, keepWarmPings } from '@/lib/domain/pricing/keep-warm-cost'
import { amountBaseline, comparablePositions, medianAt, pooledRate, ratio } from './baselines'
import { type ScheduleDescription, lintConfig } from './config-risk'
import { NEW_NORMAL_DAYS, costSpike, describeCostSpike } from './cost-spike'
import { type Episode, type Facts, type Flag, episodesOf, fingerprintOf, impactOf } from './episodes'
import { costOfExtraErrors, describeErrorSpike, describeThrottleSpike, errorSpike, throttleSpike } from './rate-spikes'
import { describeRetryAmplification, retrySignature } from './retry-amplification'
import { describeTimeoutAmplification, timeoutSignature } from './timeout-amplification'
import { configBefore } from '@/lib/domain/functions/config-in-force'
import type { FunctionHistory } from '@/lib/domain/functions/function-history'
import { type Bucket, dailyBuckets, dayStart, hourlyBucketsByDay } from '@/lib/domain/functions/timeline'
import type { AnomalyKind, DetectedAnomaly, DetectionWindow, Evidence, Severity } from './types'
import { describeWallClock, wallClockExceeded } from './wall-clock'
import { describeWarmupOverrun, warmupOverrun } from './warmup-budget-overrun'

/** Days of history read before the window: six weeks of same-weekday baseline plus room to find where an episode began. */
export const LOOKBACK_DAYS = 84
const MIN_HISTORY_DAYS = 14
const MIN_BASELINE_INVOCATIONS = 1000

const DAY_SEASON = { season: 7, cycles: 6, minSamples: 3, fallback: 14 } as const
const HOUR_SEASON = { season: 24, cycles: 7, minSamples: 3, fallback: 0 } as const

export function detectFunctionAnomalies(history: FunctionHistory, window: DetectionWindow): DetectedAnomaly[] {
  if (history.configs.length === 0) return []
  const existsFrom = [history.daily[0]?.day, history.configs[0]!.validFrom.slice(0, 10)]
    .filter((day): day is IsoDay => !!day)
    .sort()[0]!
  const start = maxDay(addDaysTo(window.from, -LOOKBACK_DAYS), existsFrom)
  if (start > window.to) return []
  const days = dailyBuckets(history, start, window.to)
  const hoursByDay =
    window.hourlyFrom && maxDay(window.hourlyFrom, start) <= window.to
      ? hourlyBucketsByDay(history, maxDay(window.hourlyFrom, start), window.to)
      : new Map<IsoDay, Bucket[]>()

  const cost = days.map((day) => day.costUsd)
  const invocations = days.map((day) => day.metrics.invocations)
  const errors = days.map((day) => day.metrics.errors)
  const throttles = days.map((day) => day.metrics.throttles)
  const requests = days.map((day) => day.metrics.invocations + day.metrics.throttles)
  const durationSum = days.map((day) => day.metrics.durationSumMs)
  const billedHours = durationSum.map((ms) => ms / 3_600_000)
  const excludedCost = new Set<number>()
  const excludedErrors = new Set<number>()
  const excludedThrottles = new Set<number>()
  const hourList: Bucket[] = []
  const hourCost: Decimal[] = []
  const excludedHours = new Set<number>()
  const flags: Flag[] = []
  const causeDays = new Set<IsoDay>()
  const keepWarm = keepWarmDaysFor(history, days)
  let spikeRun = 0

  const dayPositions = (index: number) =>
    comparablePositions(index, { ...DAY_SEASON, first: 0, excluded: (at) => excludedCost.has(at) })
  const flag = (kind: AnomalyKind, bucket: Bucket, actualUsd: Decimal, expectedUsd: Decimal, facts: Facts) =>
    flags.push({
      kind,
      start: bucket.start,
      end: bucket.end,
      day: bucket.day,
      hourly: bucket.hourOfDay !== null,
      actualUsd,
      expectedUsd,
      facts,
    })

  days.forEach((day, index) => {
    const hours = hoursByDay.get(day.day)
    const errorBaseline = pooledRate(errors, invocations, index, {
      span: 28,
      first: 0,
      excluded: (at) => excludedErrors.has(at),
    })
    const throttleBaseline = pooledRate(throttles, requests, index, {
      span: 28,
      first: 0,
      excluded: (at) => excludedThrottles.has(at),
    })
    const dailyExpected = index >= MIN_HISTORY_DAYS ? dayPositions(index) : null
    let cause = false
    let errorSpikeToday = false
    let throttleSpikeToday = false

    // A day with hourly data is also judged whole at its end: a schedule failing once an hour is too sparse
    // for any single hour to be conclusive.
    const buckets = hours ? [...hours, day] : [day]
    for (const bucket of buckets) {
      const whole = hours !== undefined && bucket === day
      if (whole && cause) break
      const hourIndex = hours && !whole ? hourList.push(bucket) - 1 : -1
      if (hourIndex >= 0) hourCost.push(bucket.costUsd)
      const expectedOf = (fallback: Decimal): Decimal => {
        if (hourIndex >= 0) {
          const positions = comparablePositions(hourIndex, {
            ...HOUR_SEASON,
            first: 0,
            excluded: (at) => excludedHours.has(at),
          })
          if (positions) return amountBaseline(hourCost, positions).expected
          if (dailyExpected) return amountBaseline(cost, dailyExpected).expected.div(24)
          return fallback
        }
        return dailyExpected ? amountBaseline(cost, dailyExpected).expected : fallback
      }
      const timeout = timeoutSignature(bucket)
      const retry = timeout ? null : retrySignature(bucket)
      if (timeout || retry) {
        cause = true
        if (hourIndex >= 0) excludedHours.add(hourIndex)
        const share = timeout
          ? 1 - timeout.timeoutBilledMs! / Math.max(timeout.durationSumMs!, 1)
          : retry!.events! / Math.max(retry!.invocations!, 1)
        flag(
          timeout ? 'timeout_amplification' : 'retry_amplification',
          bucket,
          bucket.costUsd,
          expectedOf(bucket.costUsd.times(Math.max(0, share))),
          (timeout ?? retry)!,
        )
        continue
      }
      if (whole) break
      if (errorBaseline.denominator >= MIN_BASELINE_INVOCATIONS) {
        const spike = errorSpike(bucket, errorBaseline.rate)
        if (spike) {
          errorSpikeToday = true
          flag('error_spike', bucket, costOfExtraErrors(bucket, spike), ZERO, spike)
        }
      }
      if (throttleBaseline.denominator >= MIN_BASELINE_INVOCATIONS) {
        const spike = throttleSpike(bucket, throttleBaseline.rate)
        if (spike) {
          throttleSpikeToday = true
          flag('throttle_spike', bucket, ZERO, ZERO, spike)
        }
      }
    }

    if (cause) {
      causeDays.add(day.day)
      excludedCost.add(index)
      excludedErrors.add(index)
      spikeRun = 0
    } else if (dailyExpected) {
      const baseline = amountBaseline(cost, dailyExpected)
      const wall = wallClockExceeded(day, medianAt(billedHours, dailyExpected))
      if (wall) {
        excludedCost.add(index)
        flag('duration_exceeds_wall_clock', day, day.costUsd, baseline.expected, wall)
      } else if (costSpike(day.costUsd, baseline)) {
        spikeRun += 1
        if (spikeRun <= NEW_NORMAL_DAYS) excludedCost.add(index)
        flag('cost_spike', day, day.costUsd, baseline.expected, {
          invocations: day.metrics.invocations,
          durationSumMs: day.metrics.durationSumMs,
          maxMemoryMb: day.config?.memoryMb ?? 0,
          baselineInvocations: medianAt(invocations, dailyExpected),
          baselineDurationSumMs: medianAt(durationSum, dailyExpected),
          baselineMemoryMb: days[dailyExpected[0]!]!.config?.memoryMb ?? 0,
        })
      } else spikeRun = 0
    }
    if (errorSpikeToday) excludedErrors.add(index)
    if (throttleSpikeToday) excludedThrottles.add(index)

    const kept = keepWarm?.days[index]
    if (kept && keepWarm && day.config) {
      const expected = keepWarm.expectedFor(day.config)
      const overrun = warmupOverrun(kept, expected.usd, expected.pings, keepWarm.budgetDurationMs)
      if (overrun) flag('warmup_budget_overrun', day, kept.pingCostUsd, expected.usd, overrun)
    }
  })

  const kept = flags.filter((f) => f.kind !== 'error_spike' || !causeDays.has(f.day))
  const anomalies: DetectedAnomaly[] = []
  const byKind = new Map<AnomalyKind, Flag[]>()
  for (const f of kept) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f])
  for (const [kind, kindFlags] of byKind) {
    for (const episode of episodesOf(kindFlags)) {
      if (episode.lastDay < window.from) continue
      anomalies.push(
        toAnomaly(
          history,
          kind,
          episode,
          configBefore(history.configs, episode.end, 'first')?.reservedConcurrency ?? null,
        ),
      )
    }
  }
  const lastMetricDay = history.daily.at(-1)?.day
  if (lastMetricDay && window.to >= lastMetricDay) {
    const lint = configRisk(history, window, days, hoursByDay)
    if (lint) anomalies.push(lint)
  }
  return anomalies
}

function toAnomaly(
  history: FunctionHistory,
  kind: AnomalyKind,
  episode: Episode,
  reservedConcurrency: number | null,
): DetectedAnomaly {
  const impact = impactOf(episode)
  const r = ratio(episode.actualUsd, episode.expectedUsd)
  const described = describe(kind, history.name, episode, impact, r, reservedConcurrency, history.budget !== null)
  const evidence: Evidence = {
    ...described.evidence,
    granularity: episode.hourly ? 'hour' : 'day',
    periodsFlagged: episode.flags,
    actualUsd: episode.actualUsd.toFixed(),
    expectedUsd: episode.expectedUsd.toFixed(),
  }
  return {
    ...functionScope(history),
    kind,
    fingerprint: fingerprintOf(kind, `fn:${history.key}`, episode.firstDay),
    periodStart: episode.start,
    periodEnd: episode.end,
    severity: described.severity,
    impactUsd: impact,
    exposureUsd: null,
    explanation: described.explanation,
    evidence,
  }
}

function describe(
  kind: AnomalyKind,
  name: string,
  episode: Episode,
  impact: Decimal,
  r: number | null,
  reservedConcurrency: number | null,
  keepWarm: boolean,
): { explanation: string; severity: Severity; evidence: Evidence } {
  switch (kind) {
    case 'retry_amplification':
      return describeRetryAmplification(name, episode, impact, r, keepWarm)
    case 'timeout_amplification':
      return describeTimeoutAmplification(name, episode, impact, r)
    case 'error_spike':
      return describeErrorSpike(name, episode, impact)
    case 'throttle_spike':
      return describeThrottleSpike(name, episode, reservedConcurrency)
    case 'duration_exceeds_wall_clock':
      return describeWallClock(name, episode, impact, r)
    case 'cost_spike':
      return describeCostSpike(name, episode, impact, r, true)
    case 'warmup_budget_overrun':
      return describeWarmupOverrun(name, episode, impact, r)
    case 'config_risk':
      throw new Error('config_risk is a lint, not an episode')
  }
}

function functionScope(history: FunctionHistory) {
  return {
    accountId: history.accountId,
    region: history.region,
    functionKey: history.key,
    functionName: history.name,
    service: 'AWS Lambda',
    usageType: null,
  }
}

/** Keep-warm actuals against the budget, for functions that have one. */
function keepWarmDaysFor(history: FunctionHistory, days: Bucket[]) {
  const budget = history.budget
  if (!budget) return null
  const computed: KeepWarmDay[] = computeKeepWarmDays({
    region: history.region,
    days: days.map((day) => ({ day: day.day, metrics: day.metrics, config: day.config })),
    schedule: budget,
    assumedPingDurationMs: budget.pingDurationMs,
  })
  const cache = new Map<string, { usd: Decimal; pings: number }>()
  return {
    days: computed,
    budgetDurationMs: budget.pingDurationMs,
    expectedFor(config: NonNullable<Bucket['config']>) {
      const memoryMb = budget.memoryMb ?? config.memoryMb
      const key = `${config.architecture}|${memoryMb}`
      let expected = cache.get(key)
      if (!expected) {
        const priced = keepWarmCost({
          region: history.region,
          architecture: config.architecture,
          memoryMb,
          intervalMinutes: budget.intervalMinutes,
          concurrency: budget.concurrency,
          pingDurationMs: budget.pingDurationMs,
          days: 1,
        })
        cache.set(key, (expected = { usd: priced.totalUsd, pings: priced.pingsPerPeriod.toNumber() }))
      }
      return expected
    },
  }
}

function configRisk(
  history: FunctionHistory,
  window: DetectionWindow,
  days: Bucket[],
  hoursByDay: Map<IsoDay, Bucket[]>,
): DetectedAnomaly | null {
  const end = dayStart(addDaysTo(window.to, 1))
  const config = configBefore(history.configs, end, 'first')
  if (!config) return null
  const schedule = scheduleOf(history, hoursByDay)
  if (!schedule) return null
  const recent = days.slice(-30)
  const p99s = recent.map((day) => day.metrics.durationP99Ms).filter((value): value is number => value !== null)
  const finding = lintConfig({
    name: history.name,
    region: history.region,
    config,
    schedule,
    p99Ms: p99s.length ? Math.max(...p99s) : null,
    recentMonthlyUsd: sum(recent.map((day) => day.costUsd)),
  })
  if (!finding) return null
  const since = maxDay(config.validFrom.slice(0, 10), days[0]!.day)
  return {
    ...functionScope(history),
    kind: 'config_risk',
    fingerprint: fingerprintOf('config_risk', `fn:${history.key}`, config.validFrom.slice(0, 10)),
    periodStart: dayStart(since),
    periodEnd: end,
    severity: finding.severity,
    impactUsd: ZERO,
    exposureUsd: finding.exposureUsd,
    explanation: finding.explanation,
    evidence: {
      problems: finding.problems.join('; '),
      schedule: schedule.label,
      scheduledEventsPerMonth: schedule.eventsPerMonth,
      maxRetryAttempts: config.maxRetryAttempts,
      hasFailureDestination: config.hasFailureDestination,
      timeoutSeconds: config.timeoutSeconds,
      memoryMb: config.memoryMb,
      worstCaseMonthlyUsd: finding.worstCaseMonthlyUsd.toFixed(),
      worstCaseFormula: finding.formula,
      last30DaysUsd: sum(recent.map((day) => day.costUsd)).toFixed(),
    },
  }
}

/** How the function is scheduled: its keep-warm budget, else a rate schedule or daily run seen in hourly data. */
function scheduleOf(history: FunctionHistory, hoursByDay: Map<IsoDay, Bucket[]>): ScheduleDescription | null {
  if (history.budget) {
    const { intervalMinutes, concurrency } = history.budget
    return {
      eventsPerMonth: keepWarmPings({ intervalMinutes, concurrency, days: 30 }).pings,
      label: `keep-warm every ${intervalMinutes} min × ${concurrency}`,
    }
  }
  const hours = [...hoursByDay.values()].slice(-14).flat()
  const shape = hours.map((hour) => ({ ...hour.metrics, hourOfDay: hour.hourOfDay! }))
  const schedule = detectSchedule(shape)
  if (schedule) {
    return {
      eventsPerMonth: keepWarmPings({
        intervalMinutes: schedule.intervalMinutes,
        concurrency: schedule.concurrency,
        days: 30,
      }).pings,
      label: `every ${schedule.intervalMinutes} min × ${schedule.concurrency}`,
    }
  }
  const daily = detectDailyRun(shape)
  return daily
    ? {
        eventsPerMonth: daily.eventsPerRun * 30,
        label: `daily at ${String(daily.hourUtc).padStart(2, '0')}:00 UTC, ${daily.eventsPerRun} events`,
      }
    : null
}

function maxDay(a: IsoDay, b: IsoDay): IsoDay {
  return a > b ? a : b
}
