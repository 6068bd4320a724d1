import { describe, expect, it } from 'vitest'
import type { HistoryConfig } from '@/lib/domain/functions/function-history'
import { estimateFunctionCost } from './estimate-function-cost'
import { bucketCoster } from './bucket-cost'

const base: HistoryConfig = {
  validFrom: '2026-01-01T00:00:00.000Z',
  memoryMb: 2048,
  architecture: 'arm64',
  timeoutSeconds: 300,
  maxRetryAttempts: 2,
  hasFailureDestination: false,
  provisionedConcurrency: 0,
  reservedConcurrency: null,
  ephemeralStorageMb: 4096,
  packageType: 'Zip',
}

describe('bucketCoster', () => {
  it.each([
    [
      'arm64 with extra ephemeral storage',
      'ap-northeast-2',
      base,
      { invocations: 4406, durationSumMs: 17_532_000.5, provisionedConcurrencyInvocations: 0 },
      86_400,
    ],
    [
      'x86 with provisioned concurrency',
      'ap-northeast-2',
      { ...base, architecture: 'x86_64' as const, memoryMb: 512, ephemeralStorageMb: 512, provisionedConcurrency: 2 },
      { invocations: 40_000, durationSumMs: 8_800_000, provisionedConcurrencyInvocations: 31_000 },
      86_400,
    ],
    [
      'an idle hour of provisioned concurrency',
      'ap-northeast-2',
      { ...base, architecture: 'x86_64' as const, provisionedConcurrency: 3 },
      { invocations: 0, durationSumMs: 0, provisionedConcurrencyInvocations: 0 },
      3600,
    ],
    [
      'us-east-1 arm64',
      'us-east-1',
      { ...base, memoryMb: 128, ephemeralStorageMb: 512 },
      { invocations: 1, durationSumMs: 1, provisionedConcurrencyInvocations: 0 },
      3600,
    ],
  ])('matches estimateFunctionCost exactly: %s', (_label, region, config, metrics, periodSeconds) => {
    const expected = estimateFunctionCost({ region, metrics, config, periodSeconds, usageDate: '2026-10-01' }).totalUsd
    expect(bucketCoster(region, config)(metrics, periodSeconds).toFixed()).toBe(expected.toFixed())
  })
})
