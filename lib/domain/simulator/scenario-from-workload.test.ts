import { describe, expect, it } from 'vitest'
import { scenarioFromWorkload } from './scenario-from-workload'
import { simulationInputSchema } from './simulation-input'
import type { FunctionWorkload } from './workload-from-metrics'

const measured: FunctionWorkload = {
  function: { id: 3, name: 'recommender-embed-user', accountId: '111111111111', region: 'ap-northeast-2' },
  window: { from: '2026-10-23', to: '2026-11-21', days: 30 },
  workload: { region: 'ap-northeast-2', architecture: 'arm64', memoryMb: 2048, ephemeralStorageMb: 4096, requestsPerDay: 3000, avgDurationMs: 1400, p99DurationMs: 3500, peakConcurrency: 5 },
  current: { provisionedConcurrency: 0, keepWarm: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000 } },
  notes: [],
}

describe('scenarioFromWorkload', () => {
  it('opens with the measured workload, its keep-warm budget and the cheapest instance that holds its memory', () => {
    const scenario = simulationInputSchema.parse(scenarioFromWorkload(measured))
    expect(scenario).toMatchObject({ region: 'ap-northeast-2', architecture: 'arm64', memoryMb: 2048, ephemeralStorageMb: 4096, requestsPerDay: 3000, avgDurationMs: 1400, p99DurationMs: 3500, peakConcurrency: 5 })
    expect(scenario.strategies).toEqual({
      on_demand: {},
      keep_warm: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000 },
      provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
      // t4g.small (2 GiB, $0.0208) is the cheapest Seoul instance with 2,048 MB.
      ec2: { instanceType: 't4g.small', hoursPerMonth: 730 },
    })
  })

  it('keeps a function’s own provisioned concurrency', () => {
    expect(scenarioFromWorkload({ ...measured, current: { provisionedConcurrency: 7, keepWarm: null } }).strategies.provisioned_concurrency).toEqual({ concurrency: 7, hoursPerDay: 24 })
  })
})
