import { describe, expect, it } from 'vitest'
import { scenarioFromWorkload } from './scenario-from-workload'
import { simulate } from './simulate'
import { simulationInputSchema } from './simulation-input'
import type { FunctionWorkload } from './workload-from-metrics'

const measured: FunctionWorkload = {
  function: {
    id: 3,
    name: 'recommender-embed-user',
    accountId: '111111111111',
    accountName: 'acme-production',
    region: 'ap-northeast-2',
  },
  window: { from: '2026-10-23', to: '2026-11-21', days: 30 },
  workload: {
    region: 'ap-northeast-2',
    architecture: 'arm64',
    memoryMb: 2048,
    ephemeralStorageMb: 4096,
    requestsPerDay: 3000,
    avgDurationMs: 1400,
    p99DurationMs: 3500,
    peakConcurrency: 5,
  },
  current: { provisionedConcurrency: 0, keepWarm: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000 } },
  anomalyDays: { mode: 'exclude', days: [], anomalies: [] },
  notes: [],
}

describe('scenarioFromWorkload', () => {
  it('opens with the measured workload, its keep-warm budget and the cheapest instance that carries its peak', () => {
    const scenario = simulationInputSchema.parse(scenarioFromWorkload(measured))
    expect(scenario).toMatchObject({
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memoryMb: 2048,
      ephemeralStorageMb: 4096,
      requestsPerDay: 3000,
      avgDurationMs: 1400,
      p99DurationMs: 3500,
      peakConcurrency: 5,
    })
    expect(scenario.strategies).toEqual({
      on_demand: {},
      keep_warm: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000 },
      provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
      // A peak of 5 at 2,048 MB needs ~5.8 vCPUs and 10 GiB: of Seoul's instances only m6g.12xlarge has that.
      ec2: { instanceType: 'm6g.12xlarge', hoursPerMonth: 730 },
    })
    expect(simulate(scenario).strategies.find((entry) => entry.strategy === 'ec2')).toMatchObject({ viable: true })
  })

  it.each([
    // 1 × 2,048 MB: ~1.2 vCPUs and 2 GiB; t4g.small ($0.0208) is cheaper than t3.small ($0.026), both 2 vCPUs / 2 GiB.
    [1, 2048, 't4g.small'],
    // 1 × 3,008 MB: ~1.7 vCPUs and 2.9 GiB; t4g.medium ($0.0416) is cheaper than c7g.large and the 8 GiB sizes.
    [1, 3008, 't4g.medium'],
    // 1 × 128 MB fits the smallest of all.
    [1, 128, 't4g.nano'],
    // 100 × 2,048 MB (~116 vCPUs) fits nothing: the largest instance, which the simulator marks not viable.
    [100, 2048, 'm6g.12xlarge'],
  ])('peak %i at %i MB in Seoul opens with %s', (peakConcurrency, memoryMb, instanceType) => {
    const scenario = scenarioFromWorkload({
      ...measured,
      workload: { ...measured.workload, peakConcurrency, memoryMb },
    })
    expect(scenario.strategies.ec2!.instanceType).toBe(instanceType)
  })

  it('keeps the default instance where the card has no instance prices (EC2 is then listed as unavailable)', () => {
    const scenario = scenarioFromWorkload({
      ...measured,
      function: { ...measured.function, region: 'eu-west-1' },
      workload: { ...measured.workload, region: 'eu-west-1' },
    })
    expect(scenario.strategies.ec2!.instanceType).toBe('t4g.small')
    expect(simulate(scenario).unavailable.map((entry) => entry.strategy)).toEqual(['ec2'])
  })

  it('keeps a function’s own provisioned concurrency', () => {
    expect(
      scenarioFromWorkload({ ...measured, current: { provisionedConcurrency: 7, keepWarm: null } }).strategies
        .provisioned_concurrency,
    ).toEqual({ concurrency: 7, hoursPerDay: 24 })
  })
})
