import { allInEnglish, inEnglish } from '@/lib/i18n/english-phrase'
import { describe, expect, it } from 'vitest'
import { simulationInputSchema } from './simulation-input'
import { workloadFromMetrics, type MeasuredFunction } from './workload-from-metrics'

const measured: MeasuredFunction = {
  function: {
    id: 7,
    name: 'recommender-embed-user',
    accountId: '111111111111',
    accountName: 'acme-production',
    region: 'ap-northeast-2',
  },
  config: { memoryMb: 2048, architecture: 'arm64', ephemeralStorageMb: 4096, provisionedConcurrency: 0 },
  // 30 days of 3,000 requests × 1,400 ms plus 1,440 pings a day × 10,000 ms.
  daily: {
    from: '2026-10-23',
    to: '2026-11-21',
    days: 30,
    invocations: 30 * 4440,
    durationSumMs: 30 * (3000 * 1400 + 1440 * 10_000),
    p99Weighted: 3500.04,
    peakConcurrency: 4.2,
  },
  hourly: {
    days: 14,
    invocations: Array.from({ length: 24 }, (_, hour) => 14 * (60 + (hour >= 9 && hour < 18 ? 300 : 10))),
  },
  budget: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000 },
  anomalyDays: { mode: 'exclude', days: [], anomalies: [] },
}

describe('workloadFromMetrics', () => {
  it('takes the keep-warm budget’s pings out of the measured traffic, duration and hourly profile', () => {
    const { workload, current, window } = workloadFromMetrics(measured)
    expect(workload).toEqual({
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memoryMb: 2048,
      ephemeralStorageMb: 4096,
      requestsPerDay: 3000,
      avgDurationMs: 1400,
      p99DurationMs: 3500,
      hourlyProfile: Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 18 ? 300 : 10)),
      peakConcurrency: 5,
    })
    expect(current).toEqual({ provisionedConcurrency: 0, keepWarm: measured.budget })
    expect(window).toEqual({ from: '2026-10-23', to: '2026-11-21', days: 30 })
  })

  it('keeps every invocation without a budget, and explains where each number came from', () => {
    const { workload, notes } = workloadFromMetrics({ ...measured, budget: null })
    expect(workload.requestsPerDay).toBe(4440)
    expect(workload.avgDurationMs).toBeCloseTo((3000 * 1400 + 1440 * 10_000) / 4440, 1)
    expect(allInEnglish(notes).join('\n')).toContain('133,200 invocations in 30 days (2026-10-23 to 2026-11-21)')
    expect(allInEnglish(notes).join('\n')).not.toContain('keep-warm budget')
  })

  it('answers with defaults and says so when nothing is measured', () => {
    const { workload, notes, window } = workloadFromMetrics({
      ...measured,
      function: { ...measured.function, region: 'me-south-1' },
      config: null,
      daily: null,
      hourly: null,
      budget: null,
    })
    expect(window).toBeNull()
    expect(workload).toEqual({
      region: 'me-south-1',
      architecture: 'x86_64',
      memoryMb: 128,
      ephemeralStorageMb: 512,
      requestsPerDay: 0,
      avgDurationMs: 100,
    })
    expect(allInEnglish(notes)).toEqual([
      'No configuration snapshot is stored for this function; memory and architecture are defaults.',
      'The rate card has no prices for me-south-1; pick a priced region to simulate.',
      'No daily metrics in the window: requests per day and duration are defaults.',
    ])
  })

  it('gives a valid simulator input, p99 never below the average', () => {
    const { workload } = workloadFromMetrics({ ...measured, daily: { ...measured.daily!, p99Weighted: 10 } })
    expect(workload.p99DurationMs).toBe(workload.avgDurationMs)
    expect(simulationInputSchema.safeParse({ ...workload, strategies: { on_demand: {} } }).success).toBe(true)
  })

  it('says which days of open incidents were left out, or kept, and why', () => {
    const anomalies = [
      { kind: 'retry_amplification' as const, label: 'Retry amplification', from: '2026-10-23', to: '2026-10-31' },
    ]
    const days = [
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
    ]
    const left = workloadFromMetrics({ ...measured, anomalyDays: { mode: 'exclude', days, anomalies } })
    expect(inEnglish(left.notes[0]!)).toBe(
      '9 days of open incidents left out (retry amplification 2026-10-23 to 2026-10-31): they measure the incident, not the usual workload.',
    )
    expect(left.anomalyDays.days).toEqual(days)
    const kept = workloadFromMetrics({ ...measured, anomalyDays: { mode: 'include', days, anomalies } })
    expect(inEnglish(kept.notes[0]!)).toBe(
      'Includes 9 days of open incidents (retry amplification 2026-10-23 to 2026-10-31): the workload measures the incident too.',
    )
    expect(allInEnglish(workloadFromMetrics(measured).notes).join('\n')).not.toContain('open incidents')
  })
})
