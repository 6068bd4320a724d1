import { describe, expect, it } from 'vitest'
import type { IsoDay } from '@/lib/domain/calendar'
import type { FunctionMetricsSample } from '@/lib/domain/pricing/estimate-function-cost'
import { type ConfigInForce, estimateFunctionDays } from './estimate-function-days'

const x86: ConfigInForce = {
  validFrom: '2026-10-01T00:00:00.000Z',
  memoryMb: 1024,
  architecture: 'x86_64',
  ephemeralStorageMb: 512,
  provisionedConcurrency: 0,
  packageType: 'Zip',
}
// Deployed at 15:30 on 3 Oct: arm64 at 512 MB.
const arm: ConfigInForce = { ...x86, validFrom: '2026-10-03T15:30:00.000Z', memoryMb: 512, architecture: 'arm64' }
const sample: FunctionMetricsSample = { invocations: 1000, durationSumMs: 100_000 }

describe('estimateFunctionDays', () => {
  const estimate = (timeline: ConfigInForce[], metrics: [IsoDay, FunctionMetricsSample][], from: IsoDay, to: IsoDay) =>
    estimateFunctionDays({ region: 'us-east-1', timeline, metricsByDay: new Map(metrics), from, to }).map((day) => ({
      day: day.day,
      rateCardVersion: day.rateCardVersion,
      requests: day.requests.toFixed(),
      gbSeconds: day.gbSeconds.toFixed(),
      requestCostUsd: day.requestCostUsd.toFixed(),
      durationCostUsd: day.durationCostUsd.toFixed(),
      provisionedCostUsd: day.provisionedCostUsd.toFixed(),
      storageCostUsd: day.storageCostUsd.toFixed(),
      costUsd: day.costUsd.toFixed(),
    }))

  it('prices each day with metrics at the configuration in force, at us-east-1 list price', () => {
    const days = estimate(
      [x86, arm],
      [
        ['2026-10-02', sample],
        ['2026-10-03', sample],
      ],
      '2026-10-01',
      '2026-10-04',
    )
    expect(days).toEqual([
      // Billed time: 100,000 ms measured plus half a millisecond for each invocation's rounding up = 100.5 s.
      // 1,000 × $0.0000002 = $0.0002; 100.5 s × 1 GB = 100.5 GB-s × $0.0000166667 (x86) = $0.00167500335.
      {
        day: '2026-10-02',
        rateCardVersion: '2026-08-01',
        requests: '1000',
        gbSeconds: '100.5',
        requestCostUsd: '0.0002',
        durationCostUsd: '0.00167500335',
        provisionedCostUsd: '0',
        storageCostUsd: '0',
        costUsd: '0.00187500335',
      },
      // The deploy day: 100.5 s × 0.5 GB = 50.25 GB-s × $0.0000133334 (arm64) = $0.00067000335.
      {
        day: '2026-10-03',
        rateCardVersion: '2026-08-01',
        requests: '1000',
        gbSeconds: '50.25',
        requestCostUsd: '0.0002',
        durationCostUsd: '0.00067000335',
        provisionedCostUsd: '0',
        storageCostUsd: '0',
        costUsd: '0.00087000335',
      },
    ])
  })

  it('a day without invocations costs nothing, unless provisioned concurrency is configured', () => {
    const provisioned: ConfigInForce = { ...x86, provisionedConcurrency: 1 }
    expect(estimate([x86], [], '2026-10-01', '2026-10-03')).toEqual([])
    const idle = estimate([provisioned], [], '2026-10-01', '2026-10-01')
    // 1 environment × 1 GB × 86,400 s = 86,400 GB-s × $0.0000041667.
    expect(idle).toEqual([
      {
        day: '2026-10-01',
        rateCardVersion: '2026-08-01',
        requests: '0',
        gbSeconds: '0',
        requestCostUsd: '0',
        durationCostUsd: '0',
        provisionedCostUsd: '0.36000288',
        storageCostUsd: '0',
        costUsd: '0.36000288',
      },
    ])
  })

  it('charges ephemeral storage above 512 MB for the run time', () => {
    const [day] = estimate([{ ...x86, ephemeralStorageMb: 1024 }], [['2026-10-02', sample]], '2026-10-02', '2026-10-02')
    // 0.5 GB × 100.5 s = 50.25 GB-s × $0.0000000309.
    expect(day!.storageCostUsd).toBe('0.000001552725')
    expect(day!.costUsd).toBe('0.001876556075')
  })

  it('skips days before the function’s first configuration', () => {
    expect(
      estimate(
        [arm],
        [
          ['2026-10-02', sample],
          ['2026-10-03', sample],
        ],
        '2026-10-02',
        '2026-10-03',
      ).map((day) => day.day),
    ).toEqual(['2026-10-03'])
  })
})
