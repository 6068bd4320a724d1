import { describe, expect, it } from 'vitest'
import { DEMO_SCENARIO } from '@/lib/domain/demo/demo-scenario'
import { generateDataset } from '@/lib/domain/demo/generate-dataset'
import type { FunctionSpec, Scenario } from '@/lib/domain/demo/scenario-types'
import { addDaysTo } from '@/lib/domain/calendar'
import { dailyHistory } from './__fixtures__/function-history'
import { detectFunctionAnomalies } from './detect-function-anomalies'
import { historiesFromDataset } from './histories-from-dataset'
import type { DetectedAnomaly } from './types'

const TODAY = '2026-11-22'
const demoNames = new Set([
  'recommender-embed-user',
  'nightly-tenant-report',
  'webhook-receiver',
  'cognito-trigger',
  'orders-api',
  'image-resizer',
  'metadata-api',
  'search-api',
])
const production = DEMO_SCENARIO.accounts[0]!
const dataset = generateDataset(
  {
    ...DEMO_SCENARIO,
    accounts: [{ ...production, functions: production.functions.filter((fn) => demoNames.has(fn.name)) }],
  },
  TODAY,
)
const histories = historiesFromDataset(dataset)
const fullWindow = { from: dataset.firstDay, to: dataset.lastDay, hourlyFrom: dataset.hourlyFromDay }
const detected = histories.flatMap((history) => detectFunctionAnomalies(history, fullWindow))
const timed = detected.filter((anomaly) => anomaly.kind !== 'config_risk')
const find = (kind: string, name: string) =>
  timed.filter((anomaly) => anomaly.kind === kind && anomaly.functionName === name)

describe('detectFunctionAnomalies on the demo incidents', () => {
  it('finds the keep-warm retry storm all of last month, naming retries, errors and the factor, with its dollar impact', () => {
    const [retry] = find('retry_amplification', 'recommender-embed-user')
    expect(retry).toBeDefined()
    expect(retry!.periodStart).toBe('2026-10-03T00:00:00.000Z')
    expect(retry!.periodEnd).toBe('2026-11-01T00:00:00.000Z')
    expect(retry!.explanation).toMatch(/attempted 3\.0×/)
    expect(retry!.explanation).toMatch(/MaximumRetryAttempts = 2/)
    expect(retry!.explanation).toMatch(/invocations were errors/)
    expect(retry!.explanation).toMatch(/retries/)
    expect(retry!.severity).toBe('critical')
    // ~4,320 attempts a day × ~90 s × 2 GB on arm64 for 29 days, less the usual ~$0.5 a day: about $290.
    expect(retry!.impactUsd.toNumber()).toBeGreaterThan(250)
    expect(retry!.impactUsd.toNumber()).toBeLessThan(340)
    expect(retry!.evidence).toMatchObject({
      maxRetryAttempts: 2,
      attemptsPerFailedEvent: expect.closeTo(3, 1),
      granularity: 'day',
    })
  })

  it('sees the same month as a keep-warm budget overrun: 3× the pings, each ~9× longer than budgeted', () => {
    const [overrun] = find('warmup_budget_overrun', 'recommender-embed-user')
    expect(overrun!.periodStart.slice(0, 10)).toBe('2026-10-03')
    expect(overrun!.explanation).toMatch(/4,320 pings a day instead of 1,440/)
    expect(overrun!.explanation).toMatch(/instead of the budgeted 10 s/)
  })

  it('catches the nightly timeouts from the hourly data, at the hour they started', () => {
    const [timeout] = find('timeout_amplification', 'nightly-tenant-report')
    expect(timeout!.periodStart).toBe('2026-11-16T17:00:00.000Z')
    expect(timeout!.explanation).toMatch(/15 min timeout/)
    expect(timeout!.explanation).toMatch(/retried \(3\.0× attempts per hung event, MaximumRetryAttempts = 2\)/)
    expect(timeout!.evidence).toMatchObject({ granularity: 'hour', timeoutSeconds: 900 })
  })

  it('finds the webhook error spike and the sign-up throttle spike on their days', () => {
    const [errors] = find('error_spike', 'webhook-receiver')
    expect([errors!.periodStart, errors!.periodEnd]).toEqual(['2026-09-14T00:00:00.000Z', '2026-09-16T00:00:00.000Z'])
    expect(errors!.explanation).toMatch(/failed .* \(34\.\d%, against a usual 0\.\d+%\)/)
    const [throttles] = find('throttle_spike', 'cognito-trigger')
    expect(throttles!.periodStart).toBe('2026-07-20T00:00:00.000Z')
    expect(throttles!.explanation).toMatch(/reserved concurrency of 20/)
    expect(throttles!.impactUsd.toFixed()).toBe('0')
  })

  it('reports nothing else in time: growth, a memory raise and healthy keep-warms are not anomalies', () => {
    expect(timed.map((anomaly) => `${anomaly.kind}:${anomaly.functionName}`).sort()).toEqual([
      'error_spike:webhook-receiver',
      'retry_amplification:recommender-embed-user',
      'throttle_spike:cognito-trigger',
      'timeout_amplification:nightly-tenant-report',
      'warmup_budget_overrun:recommender-embed-user',
    ])
  })

  it('lints the every-minute keep-warm with default retries and no dead-letter queue, with the worst case priced', () => {
    const lint = detected.find(
      (anomaly) => anomaly.kind === 'config_risk' && anomaly.functionName === 'recommender-embed-user',
    )!
    expect(lint.explanation).toMatch(/MaximumRetryAttempts = 2 with no dead-letter queue/)
    expect(lint.evidence.worstCaseFormula).toBe(
      '43,200 scheduled events a month × 3 attempts × 300 s timeout × 2 GB = 77,760,000 GB-s, plus 129,600 requests = $1,036.83',
    )
    expect(
      detected.find((anomaly) => anomaly.kind === 'config_risk' && anomaly.functionName === 'nightly-tenant-report')!
        .evidence.schedule,
    ).toBe('daily at 17:00 UTC, 24 events')
  })

  it('is idempotent: re-running, or running a later window, gives the same fingerprints for the same episodes', () => {
    const again = histories.flatMap((history) => detectFunctionAnomalies(history, fullWindow))
    expect(again.map(summary)).toEqual(detected.map(summary))
    const lastWeek = histories.flatMap((history) =>
      detectFunctionAnomalies(history, { ...fullWindow, from: '2026-11-18' }),
    )
    expect(lastWeek.find((anomaly) => anomaly.kind === 'timeout_amplification')!.fingerprint).toBe(
      find('timeout_amplification', 'nightly-tenant-report')[0]!.fingerprint,
    )
    expect(lastWeek.some((anomaly) => anomaly.kind === 'retry_amplification')).toBe(false)
  })
})

describe('relative thresholds', () => {
  it('reports a small function going from about $1 to $12 a month, and names longer durations as the cause', () => {
    const small: FunctionSpec = {
      name: 'tiny-thumbnailer',
      region: 'us-east-1',
      config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 60, runtime: 'nodejs22.x' },
      traffic: [{ kind: 'requests', perDay: 3_000, durationMs: 1_600, profile: 'flat' }],
      incidents: [
        {
          kind: 'duration_regression',
          from: { daysAgo: 10 },
          to: { daysAgo: 1 },
          factor: 12,
          appliesTo: 'requests',
          cause: 'an image library upgrade',
        },
      ],
    }
    const scenario: Scenario = {
      seed: 7,
      months: 4,
      hourlyDays: 14,
      accounts: [{ id: '000000000007', name: 'small', functions: [small], services: [] }],
    }
    const [history] = historiesFromDataset(generateDataset(scenario, TODAY))
    // 3,000 requests × 1.6 s × 0.5 GB a day on arm64 is about $0.97 a month; twelve times longer is about $12.
    const anomalies = detectFunctionAnomalies(history!, {
      from: '2026-10-01',
      to: '2026-11-21',
      hourlyFrom: '2026-11-08',
    })
    expect(anomalies.filter((a) => a.kind !== 'config_risk' && a.kind !== 'cost_spike')).toEqual([])
    const spikes = anomalies.filter((a) => a.kind === 'cost_spike')
    expect(spikes).toHaveLength(1)
    expect([spikes[0]!.periodStart, spikes[0]!.periodEnd]).toEqual([
      '2026-11-12T00:00:00.000Z',
      '2026-11-22T00:00:00.000Z',
    ])
    expect(spikes[0]!.explanation).toMatch(/average duration 1[12]×/)
    expect(spikes[0]!.explanation).toMatch(/\(1[12]×\)/)
    expect(spikes[0]!.impactUsd.toNumber()).toBeGreaterThan(3)
    expect(spikes[0]!.severity).toBe('high')
  })
})

describe('a cost level that lasts is the new normal', () => {
  it('reports a tripled daily cost for four weeks, not for ever: after 14 spike days the new level enters the baselines', () => {
    // 100,000 requests of 200 ms at 1 GB a day, 300,000 from 17 Aug. Same-weekday baselines skip the first 14 spike
    // days only; four weeks after the step they read [3×, 3×, (skipped), (skipped), 1×, 1×]: median 2×, no longer a spike.
    const history = dailyHistory('2026-06-01', '2026-09-30', (day) => {
      const invocations = day >= '2026-08-17' ? 300_000 : 100_000
      return {
        invocations,
        durationSumMs: invocations * 200,
        durationMaxMs: 250,
        durationP99Ms: 240,
        concurrentExecutionsMax: 5,
      }
    })
    const spikes = detectFunctionAnomalies(history, { from: '2026-08-01', to: '2026-09-30', hourlyFrom: null })
    expect(spikes.map((a) => [a.kind, a.periodStart, a.periodEnd])).toEqual([
      ['cost_spike', '2026-08-17T00:00:00.000Z', '2026-09-14T00:00:00.000Z'],
    ])
    expect(spikes[0]!.explanation).toMatch(/invocations 3\.0×/)
  })
})

describe('error and throttle spikes need a usual rate measured on enough traffic', () => {
  // Every invocation fails on 29 Jun, after 28 days whose invocations add up to `before`.
  const failingDay = '2026-06-29'
  const history = (before: number, spike: 'errors' | 'throttles') =>
    dailyHistory('2026-06-01', '2026-07-05', (day) => {
      // 27 days of 36 invocations and the first day with what makes up the total.
      const invocations = day === '2026-06-01' ? before - 27 * 36 : 36
      if (day !== failingDay) return { invocations, durationSumMs: invocations * 100 }
      return spike === 'errors'
        ? { invocations: 36, errors: 36, durationSumMs: 3600 }
        : { invocations: 0, throttles: 36 }
    })
  const detect = (before: number, spike: 'errors' | 'throttles') =>
    detectFunctionAnomalies(history(before, spike), {
      from: failingDay,
      to: addDaysTo(failingDay, 6),
      hourlyFrom: null,
    }).map((a) => [a.kind, a.periodStart.slice(0, 10)])

  it('1,000 invocations in the four weeks before are enough, 999 are not', () => {
    expect(detect(1000, 'errors')).toEqual([['error_spike', failingDay]])
    expect(detect(999, 'errors')).toEqual([])
    expect(detect(1000, 'throttles')).toEqual([['throttle_spike', failingDay]])
    expect(detect(999, 'throttles')).toEqual([])
  })
})

describe('billed duration above the wall clock', () => {
  it('flags a worker that needed ~6 billed hours a day running 8× longer, instead of calling it a cost spike', () => {
    const worker: FunctionSpec = {
      name: 'pdf-worker',
      region: 'ap-northeast-2',
      config: { memoryMb: 1024, architecture: 'x86_64', timeoutSeconds: 120, runtime: 'nodejs22.x' },
      traffic: [{ kind: 'requests', perDay: 10_000, durationMs: 2_200, profile: 'business' }],
      incidents: [
        {
          kind: 'duration_regression',
          from: { monthsAgo: 1, day: 5 },
          to: { monthsAgo: 1, day: 6 },
          factor: 8,
          appliesTo: 'requests',
          cause: 'a font cache disabled',
        },
      ],
    }
    const scenario: Scenario = {
      seed: 11,
      months: 4,
      hourlyDays: 14,
      accounts: [{ id: '000000000011', name: 'wall', functions: [worker], services: [] }],
    }
    const [history] = historiesFromDataset(generateDataset(scenario, TODAY))
    const timed = detectFunctionAnomalies(history!, { from: '2026-09-15', to: '2026-11-21', hourlyFrom: null }).filter(
      (a) => a.kind !== 'config_risk',
    )
    expect(timed.map((a) => [a.kind, a.periodStart, a.periodEnd])).toEqual([
      ['duration_exceeds_wall_clock', '2026-10-05T00:00:00.000Z', '2026-10-07T00:00:00.000Z'],
    ])
    expect(timed[0]!.explanation).toMatch(/billed duration reached \d+ h in 48\.0 h/)
    expect(timed[0]!.evidence.environmentsBusy).toBeGreaterThan(1)
  })
})

function summary(anomaly: DetectedAnomaly) {
  return { ...anomaly, impactUsd: anomaly.impactUsd.toFixed() }
}
