import { describe, expect, it } from 'vitest'
import { sum } from '../money'
import { estimateFunctionCost } from './estimate-function-cost'

const metrics = { invocations: 1000, durationSumMs: 100_000, provisionedConcurrencyInvocations: 250, initDurationSumMs: 1600 }
const config = { memoryMb: 1024, architecture: 'x86_64' as const, ephemeralStorageMb: 1024, provisionedConcurrency: 2 }

describe('estimateFunctionCost', () => {
  it('splits duration between on-demand and provisioned concurrency and prices every meter at list price', () => {
    const estimate = estimateFunctionCost({ region: 'us-east-1', metrics, config, periodSeconds: 3600, usageDate: '2026-08-10' })
    expect(estimate.lineItems.map((item) => [item.meter, item.quantity.toFixed(), item.costUsd.toFixed()])).toEqual([
      ['request', '1000', '0.0002'],
      ['duration', '75', '0.0012500025'],
      ['duration', '1.6', '0.00002666672'],
      ['provisioned_concurrency', '7200', '0.03000024'],
      ['provisioned_duration', '25', '0.000243055'],
      ['ephemeral_storage', '50', '0.000001545'],
    ])
    expect(estimate.requests.toFixed()).toBe('1000')
    expect(estimate.gbSeconds.toFixed()).toBe('101.6')
    expect(estimate.requestCostUsd.toFixed()).toBe('0.0002')
    expect(estimate.durationCostUsd.toFixed()).toBe('0.00151972422')
    expect(estimate.provisionedCostUsd.toFixed()).toBe('0.03000024')
    expect(estimate.storageCostUsd.toFixed()).toBe('0.000001545')
    expect(estimate.totalUsd.equals(sum([estimate.requestCostUsd, estimate.durationCostUsd, estimate.provisionedCostUsd, estimate.storageCostUsd]))).toBe(true)
  })

  it('explains each quantity', () => {
    const { lineItems } = estimateFunctionCost({ region: 'us-east-1', metrics, config, periodSeconds: 3600 })
    expect(lineItems.map((item) => item.formula)).toEqual([
      '1,000 requests × $0.0000002',
      '75 s × 1 GB = 75 GB-s × $0.0000166667',
      '1.6 s INIT × 1 GB = 1.6 GB-s × $0.0000166667',
      '2 environments × 1 GB × 3,600 s = 7,200 GB-s × $0.0000041667',
      '250 of 1,000 invocations on provisioned concurrency: 25 s × 1 GB = 25 GB-s × $0.0000097222',
      '0.5 GB above 512 MB × 100 s = 50 GB-s × $0.0000000309',
    ])
  })

  it('does not bill INIT of a ZIP function before 2025-08-01, but always bills it for a container image', () => {
    const zip = estimateFunctionCost({ region: 'us-east-1', metrics: { invocations: 10, durationSumMs: 1000, initDurationSumMs: 3000 }, config: { ...config, provisionedConcurrency: 0, ephemeralStorageMb: 512 }, periodSeconds: 3600, usageDate: '2025-07-01' })
    expect(zip.gbSeconds.toFixed()).toBe('1')
    const image = estimateFunctionCost({ region: 'us-east-1', metrics: { invocations: 10, durationSumMs: 1000, initDurationSumMs: 3000 }, config: { ...config, provisionedConcurrency: 0, ephemeralStorageMb: 512, packageType: 'Image' }, periodSeconds: 3600, usageDate: '2025-07-01' })
    expect(image.gbSeconds.toFixed()).toBe('4')
    expect(image.durationCostUsd.toFixed()).toBe('0.0000666668')
  })

  it('costs nothing but configured provisioned concurrency when idle', () => {
    const idle = estimateFunctionCost({ region: 'ap-northeast-2', metrics: { invocations: 0, durationSumMs: 0 }, config: { ...config, provisionedConcurrency: 1 }, periodSeconds: 86_400 })
    expect(idle.totalUsd.toFixed()).toBe(idle.provisionedCostUsd.toFixed())
    expect(idle.provisionedCostUsd.toFixed()).toBe('0.44283456')
  })
})
