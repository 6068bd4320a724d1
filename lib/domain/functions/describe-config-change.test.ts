import { describe, expect, it } from 'vitest'
import { type ComparableConfig, describeConfigChange } from './describe-config-change'

const base: ComparableConfig = {
  memoryMb: 512,
  architecture: 'x86_64',
  timeoutSeconds: 60,
  runtime: 'nodejs22.x',
  packageType: 'Zip',
  ephemeralStorageMb: 512,
  maxRetryAttempts: 2,
  hasFailureDestination: false,
  provisionedConcurrency: 0,
  reservedConcurrency: null,
}

describe('describeConfigChange', () => {
  it('names each changed setting with before and after', () => {
    expect(describeConfigChange(base, { ...base, memoryMb: 1536 })).toEqual(['memory 512 → 1,536 MB'])
    expect(
      describeConfigChange(base, {
        ...base,
        architecture: 'arm64',
        maxRetryAttempts: 0,
        hasFailureDestination: true,
        reservedConcurrency: 20,
        timeoutSeconds: 900,
      }),
    ).toEqual([
      'architecture x86_64 → arm64',
      'timeout 60 → 900 s',
      'async retries 2 → 0',
      'dead-letter queue or on-failure destination added',
      'reserved concurrency none → 20',
    ])
    expect(describeConfigChange(base, base)).toEqual([])
  })
})
