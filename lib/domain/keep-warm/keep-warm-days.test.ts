import { describe, expect, it } from 'vitest'
import { historiesFromDataset } from '@/lib/domain/anomalies/histories-from-dataset'
import { dailyBuckets } from '@/lib/domain/functions/timeline'
import { DEMO_SCENARIO } from '@/lib/domain/demo/demo-scenario'
import { generateDataset } from '@/lib/domain/demo/generate-dataset'
import type { Scenario } from '@/lib/domain/demo/scenario-types'
import { emptyMetrics } from '@/lib/domain/metrics'
import { roundToCents } from '@/lib/domain/money'
import { analyseKeepWarm } from './analyse-keep-warm'
import { computeKeepWarmDays } from './keep-warm-days'

// The demo's production account with only the functions this test reads, generated for the usual "today".
const names = new Set(['recommender-embed-user', 'feature-flags-api', 'session-cleanup', 'metadata-api'])
const scenario: Scenario = {
  ...DEMO_SCENARIO,
  accounts: [
    {
      ...DEMO_SCENARIO.accounts[0]!,
      functions: DEMO_SCENARIO.accounts[0]!.functions.filter((fn) => names.has(fn.name)),
    },
  ],
}
const histories = historiesFromDataset(generateDataset(scenario, '2026-11-22'))
const history = (name: string) => histories.find((h) => h.name === name)!

function keepWarm(name: string, schedule: { intervalMinutes: number; concurrency: number }, assumed: number | null) {
  const h = history(name)
  const days = dailyBuckets(h, '2025-11-01', '2026-11-21').map((bucket) => ({
    day: bucket.day,
    metrics: bucket.metrics,
    config: bucket.config,
  }))
  return new Map(
    computeKeepWarmDays({ region: h.region, days, schedule, assumedPingDurationMs: assumed }).map((day) => [
      day.day,
      day,
    ]),
  )
}

describe('computeKeepWarmDays', () => {
  it("bills measured pings rounded up to the ms, estimated from CloudWatch's unrounded sum", () => {
    // 1,440 pings a day whose durations add up to 1,896.48 ms (1.317 ms each on average). Each bills at least
    // 1.317 ms and less than 2.317 ms; the estimate is the middle: 1,896.48 + 1,440 × 0.5 = 2,616.48 ms at 1 GB.
    const config = {
      validFrom: '2026-01-01T00:00:00.000Z',
      memoryMb: 1024,
      architecture: 'x86_64' as const,
      timeoutSeconds: 3,
      maxRetryAttempts: 0,
      hasFailureDestination: false,
      provisionedConcurrency: 0,
      reservedConcurrency: null,
      ephemeralStorageMb: 512,
      packageType: 'Zip' as const,
    }
    const metrics = { ...emptyMetrics(), invocations: 1440, asyncEventsReceived: 1440, durationSumMs: 1896.48 }
    const [day] = computeKeepWarmDays({
      region: 'us-east-1',
      days: [{ day: '2026-09-15', metrics, config }],
      schedule: { intervalMinutes: 1, concurrency: 1 },
      assumedPingDurationMs: null,
    })
    expect(day).toMatchObject({ pingAttempts: 1440, durationSource: 'measured', pingDurationMs: 1.32 })
    expect(day!.pingGbSeconds.toFixed()).toBe('2.61648')
    // 2.61648 GB-s × $0.0000166667 + 1,440 requests × $0.0000002 = $0.000043608087216 + $0.000288.
    expect(day!.pingCostUsd.toFixed()).toBe('0.000331608087216')
  })

  const recommender = keepWarm('recommender-embed-user', { intervalMinutes: 1, concurrency: 1 }, 10_000)

  it('measures the ~9.5 s model pings under 3,000 real requests a day', () => {
    const day = recommender.get('2026-09-15')!
    expect(day).toMatchObject({
      scheduledPings: 1440,
      pingAttempts: 1440,
      failedPingAttempts: 0,
      durationSource: 'measured',
    })
    expect(day.realInvocations).toBeGreaterThan(2500)
    expect(day.pingDurationMs).toBeGreaterThan(9_000)
    expect(day.pingDurationMs).toBeLessThan(10_000)
  })

  it('counts the retries of failing pings and their 90 s duration during the incident', () => {
    const day = recommender.get('2026-10-15')!
    expect(day).toMatchObject({
      scheduledPings: 1440,
      pingAttempts: 4320,
      failedPingAttempts: 4320,
      durationSource: 'measured',
    })
    expect(day.pingDurationMs).toBeGreaterThan(85_000)
    expect(day.pingDurationMs).toBeLessThan(95_000)
    // 4,320 × ~90 s × 2 GB × $0.0000133334 ≈ $10.4 a day, against ~$0.37 on a normal day.
    expect(Number(roundToCents(day.pingCostUsd))).toBeGreaterThan(9.5)
    expect(Number(roundToCents(recommender.get('2026-09-15')!.pingCostUsd))).toBeLessThan(0.4)
  })

  it('measures a pings-only schedule directly and a tiny ping share not at all', () => {
    const cleanup = keepWarm('session-cleanup', { intervalMinutes: 60, concurrency: 1 }, null).get('2026-09-15')!
    expect(cleanup).toMatchObject({ pingAttempts: 24, realInvocations: 0, durationSource: 'measured' })
    expect(cleanup.pingDurationMs).toBeGreaterThan(10_000)
    const metadata = keepWarm('metadata-api', { intervalMinutes: 4, concurrency: 1 }, 50).get('2026-09-15')!
    expect(metadata).toMatchObject({ pingAttempts: 360, durationSource: 'assumed', pingDurationMs: 50 })
  })

  it('measures small pings when real traffic is small too (feature flags: 35 ms pings, 500 requests a day)', () => {
    const flags = keepWarm('feature-flags-api', { intervalMinutes: 4, concurrency: 1 }, null)
    const measured = [...flags.values()].filter((day) => day.day >= '2026-09-01' && day.durationSource === 'measured')
    expect(measured.length).toBeGreaterThan(60)
    const durations = measured.map((day) => day.pingDurationMs!).sort((a, b) => a - b)
    expect(durations[durations.length >> 1]).toBeGreaterThan(25)
    expect(durations[durations.length >> 1]).toBeLessThan(45)
  })
})

describe('analyseKeepWarm', () => {
  it('uses the budget when there is one, and suggests one for a schedule-looking function without', () => {
    const range = { from: '2026-11-01', to: '2026-11-21', hourlyFrom: '2026-11-08' }
    const budgeted = analyseKeepWarm(
      {
        ...history('recommender-embed-user'),
        budget: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000, memoryMb: null },
      },
      range,
    )
    expect(budgeted).toMatchObject({ scheduleSource: 'budget', suggestion: null })
    expect(budgeted.days.map((day) => day.day)).toHaveLength(21)
    const flags = analyseKeepWarm(history('feature-flags-api'), range)
    expect(flags.scheduleSource).toBe('detected')
    expect(flags.suggestion).toMatchObject({
      intervalMinutes: 4,
      concurrency: 1,
      pingsPerHour: 15,
      source: 'async_events',
    })
    expect(flags.suggestion!.pingDurationMs).toBeGreaterThan(25)
    expect(flags.suggestion!.pingDurationMs).toBeLessThan(45)
    expect(analyseKeepWarm({ ...history('metadata-api'), budget: null }, { ...range, hourlyFrom: null })).toMatchObject(
      { scheduleSource: null, days: [], suggestion: null },
    )
  })
})
