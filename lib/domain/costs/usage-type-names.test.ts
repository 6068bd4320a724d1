import { describe, expect, it } from 'vitest'
import { LAMBDA_CATEGORY_LABELS, lambdaCategory, usageTypeName } from './usage-type-names'

describe('lambdaCategory', () => {
  it.each([
    ['Request', 'requests'],
    ['APN2-Request-ARM', 'requests'],
    ['Lambda-GB-Second', 'duration'],
    ['APN2-Lambda-Provisioned-Concurrency-ARM', 'provisioned_concurrency'],
    ['Lambda-Provisioned-GB-Second', 'provisioned_duration'],
    ['APN2-Lambda-Storage-GB-Second', 'ephemeral_storage'],
    ['Lambda-SnapStart-Cached-GB-Second', 'other'],
    ['Global-Request', 'other'],
  ])('%s is %s', (usageType, category) => {
    expect(lambdaCategory(usageType)).toBe(category)
  })

  it('labels every category', () => {
    expect(LAMBDA_CATEGORY_LABELS).toEqual({
      requests: 'Requests',
      duration: 'On-demand duration',
      provisioned_concurrency: 'Provisioned concurrency',
      provisioned_duration: 'Duration on provisioned concurrency',
      ephemeral_storage: 'Ephemeral storage',
      other: 'Other Lambda usage',
    })
  })
})

describe('usageTypeName', () => {
  it.each([
    ['APN2-Lambda-GB-Second-ARM', 'On-demand duration, Arm'],
    ['Lambda-GB-Second', 'On-demand duration, x86'],
    ['APN2-Request', 'Requests, x86'],
    ['USE2-Lambda-Provisioned-Concurrency-ARM', 'Provisioned concurrency, Arm'],
    ['Lambda-SnapStart-Cached-GB-Second', 'SnapStart cache, x86'],
  ])('%s reads "%s"', (usageType, name) => {
    expect(usageTypeName(usageType)).toBe(name)
  })

  it('is null for a code that is not one of Lambda’s meters (shown as the code)', () => {
    for (const code of ['Global-Request', 'BoxUsage:t3.micro', 'APN2-TimedStorage-ByteHrs'])
      expect(usageTypeName(code)).toBeNull()
  })
})
