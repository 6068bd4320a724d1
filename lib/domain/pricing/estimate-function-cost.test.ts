import { describe, expect, it } from 'vitest'
import { sum } from '../money'
import { estimateFunctionCost } from './estimate-function-cost'

const metrics = {
  invocations: 1000,
  durationSumMs: 100_000,
  provisionedConcurrencyInvocations: 250,
  initDurationSumMs: 1600,
}
// Billed duration: 100,000 ms measured + 1,000 invocations × 0.5 ms rounding = 100.5 s, of which 250/1,000 on
// provisioned concurrency (25.125 s) and 75.375 s on demand.
const config = { memoryMb: 1024, architecture: 'x86_64' as const, ephemeralStorageMb: 1024, provisionedConcurrency: 2 }

describe('estimateFunctionCost', () => {
  it('splits duration between on-demand and provisioned concurrency and prices every meter at list price', () => {
    const estimate = estimateFunctionCost({
      region: 'us-east-1',
      metrics,
      config,
      periodSeconds: 3600,
      usageDate: '2026-08-10',
    })
    expect(estimate.lineItems.map((item) => [item.meter, item.quantity.toFixed(), item.costUsd.toFixed()])).toEqual([
      ['request', '1000', '0.0002'],
      ['duration', '75.375', '0.0012562525125'], // 75.375 × 0.0000166667
      ['duration', '1.6', '0.00002666672'],
      ['provisioned_concurrency', '7200', '0.03000024'],
      ['provisioned_duration', '25.125', '0.000244270275'], // 25.125 × 0.0000097222
      ['ephemeral_storage', '50.25', '0.000001552725'], // 0.5 GB × 100.5 s × 0.0000000309
    ])
    expect(estimate.requests.toFixed()).toBe('1000')
    expect(estimate.gbSeconds.toFixed()).toBe('102.1')
    expect(estimate.requestCostUsd.toFixed()).toBe('0.0002')
    expect(estimate.durationCostUsd.toFixed()).toBe('0.0015271895075')
    expect(estimate.provisionedCostUsd.toFixed()).toBe('0.03000024')
    expect(estimate.storageCostUsd.toFixed()).toBe('0.000001552725')
    expect(
      estimate.totalUsd.equals(
        sum([estimate.requestCostUsd, estimate.durationCostUsd, estimate.provisionedCostUsd, estimate.storageCostUsd]),
      ),
    ).toBe(true)
  })

  it('explains each quantity', () => {
    const { lineItems } = estimateFunctionCost({ region: 'us-east-1', metrics, config, periodSeconds: 3600 })
    expect(lineItems.map((item) => item.formula)).toEqual([
      '1,000 requests × $0.0000002',
      '75.375 s on demand of (100 s measured + 0.5 s for rounding 1,000 invocations up to the ms) × 1 GB = 75.375 GB-s × $0.0000166667',
      '1.6 s INIT × 1 GB = 1.6 GB-s × $0.0000166667',
      '2 environments × 1 GB × 3,600 s = 7,200 GB-s × $0.0000041667',
      '250 of 1,000 invocations on provisioned concurrency: 25.125 s of (100 s measured + 0.5 s for rounding 1,000 invocations up to the ms) × 1 GB = 25.125 GB-s × $0.0000097222',
      '0.5 GB above 512 MB × (100 s measured + 0.5 s for rounding 1,000 invocations up to the ms) = 50.25 GB-s × $0.0000000309',
    ])
  })

  it('does not bill INIT of a ZIP function before 2025-08-01, but always bills it for a container image', () => {
    const zip = estimateFunctionCost({
      region: 'us-east-1',
      metrics: { invocations: 10, durationSumMs: 1000, initDurationSumMs: 3000 },
      config: { ...config, provisionedConcurrency: 0, ephemeralStorageMb: 512 },
      periodSeconds: 3600,
      usageDate: '2025-07-01',
    })
    expect(zip.gbSeconds.toFixed()).toBe('1.005') // 1,000 ms + 10 × 0.5 ms rounding, no INIT
    const image = estimateFunctionCost({
      region: 'us-east-1',
      metrics: { invocations: 10, durationSumMs: 1000, initDurationSumMs: 3000 },
      config: { ...config, provisionedConcurrency: 0, ephemeralStorageMb: 512, packageType: 'Image' },
      periodSeconds: 3600,
      usageDate: '2025-07-01',
    })
    expect(image.gbSeconds.toFixed()).toBe('4.005')
    expect(image.durationCostUsd.toFixed()).toBe('0.0000667501335') // 4.005 × 0.0000166667
  })

  it('bills each invocation rounded up to the ms: a 1.317 ms average is known only to bill between 1.317 and 2.317 ms', () => {
    // 1,000 invocations whose durations add up to 1,317 ms: billed at least 1,317 ms (and at least 1 ms each,
    // 1,000 ms) and less than 1,317 + 1,000 ms; the estimate is the middle, 1,817 ms = 1.817 s at 1 GB.
    const estimate = estimateFunctionCost({
      region: 'us-east-1',
      metrics: { invocations: 1000, durationSumMs: 1317 },
      config: { ...config, provisionedConcurrency: 0, ephemeralStorageMb: 512 },
      periodSeconds: 3600,
    })
    expect(estimate.gbSeconds.toFixed()).toBe('1.817')
    expect(estimate.durationCostUsd.toFixed()).toBe('0.0000302833939') // 1.817 × 0.0000166667
    expect(estimate.lineItems[1]!.formula).toBe(
      '(1.317 s measured + 0.5 s for rounding 1,000 invocations up to the ms) × 1 GB = 1.817 GB-s × $0.0000166667',
    )
    // Invocations of under a millisecond each bill 1 ms: 1,000 invocations adding up to 300 ms bill between
    // 1,000 and 1,300 ms; the estimate is 1,150 ms.
    expect(
      estimateFunctionCost({
        region: 'us-east-1',
        metrics: { invocations: 1000, durationSumMs: 300 },
        config: { ...config, provisionedConcurrency: 0, ephemeralStorageMb: 512 },
        periodSeconds: 3600,
      }).gbSeconds.toFixed(),
    ).toBe('1.15')
  })

  it('costs nothing but configured provisioned concurrency when idle', () => {
    const idle = estimateFunctionCost({
      region: 'ap-northeast-2',
      metrics: { invocations: 0, durationSumMs: 0 },
      config: { ...config, provisionedConcurrency: 1 },
      periodSeconds: 86_400,
    })
    expect(idle.totalUsd.toFixed()).toBe(idle.provisionedCostUsd.toFixed())
    expect(idle.provisionedCostUsd.toFixed()).toBe('0.44283456')
  })
})
