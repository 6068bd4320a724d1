import { describe, expect, it } from 'vitest'
import type { Architecture } from '../functions/function-config'
import { lambdaMeterUsageType, parseLambdaUsageType } from './lambda-usage-types'
import { LAMBDA_METERS } from './types'

describe('Lambda usage types', () => {
  it.each([
    ['us-east-1', 'x86_64', 'request', 'Request'],
    ['us-east-1', 'arm64', 'request', 'Request-ARM'],
    ['us-east-1', 'x86_64', 'duration', 'Lambda-GB-Second'],
    ['us-east-1', 'arm64', 'duration', 'Lambda-GB-Second-ARM'],
    ['us-east-1', 'x86_64', 'provisioned_concurrency', 'Lambda-Provisioned-Concurrency'],
    ['us-east-1', 'arm64', 'provisioned_duration', 'Lambda-Provisioned-GB-Second-ARM'],
    ['us-east-1', 'x86_64', 'ephemeral_storage', 'Lambda-Storage-GB-Second'],
    ['ap-northeast-2', 'x86_64', 'request', 'APN2-Request'],
    ['ap-northeast-2', 'arm64', 'duration', 'APN2-Lambda-GB-Second-ARM'],
    ['ap-northeast-2', 'x86_64', 'provisioned_concurrency', 'APN2-Lambda-Provisioned-Concurrency'],
    ['eu-west-1', 'arm64', 'ephemeral_storage', 'EU-Lambda-Storage-GB-Second-ARM'],
  ] as const)('%s %s %s is %s', (region, architecture, meter, usageType) => {
    expect(lambdaMeterUsageType(region, architecture, meter)).toBe(usageType)
    expect(parseLambdaUsageType(usageType)).toEqual({ region, architecture, meter })
  })

  it('round-trips every meter in both regions and architectures', () => {
    for (const region of ['us-east-1', 'ap-northeast-2']) {
      for (const architecture of ['x86_64', 'arm64'] as Architecture[]) {
        for (const meter of LAMBDA_METERS) {
          expect(parseLambdaUsageType(lambdaMeterUsageType(region, architecture, meter))).toEqual({
            region,
            architecture,
            meter,
          })
        }
      }
    }
  })

  it('recognises SnapStart usage types by prefix, since their exact suffix is unconfirmed', () => {
    expect(parseLambdaUsageType('APN2-Lambda-SnapStart-Cached-GB-S')).toEqual({
      region: 'ap-northeast-2',
      architecture: 'x86_64',
      meter: 'snapstart_cache',
    })
    expect(parseLambdaUsageType('Lambda-SnapStart-Restored-GB-ARM')).toEqual({
      region: 'us-east-1',
      architecture: 'arm64',
      meter: 'snapstart_restore',
    })
  })

  it.each([
    'Lambda-Edge-Request',
    'Global-Request',
    'Global-Lambda-GB-Second',
    'USE1-APIRequest',
    'Lambda-Streaming-Response-Processed-Bytes',
    'XYZ9-Request',
  ])('returns null for %s, which this engine does not price', (usageType) =>
    expect(parseLambdaUsageType(usageType)).toBeNull(),
  )

  it('throws on a region without a billing code', () => {
    expect(() => lambdaMeterUsageType('mars-1', 'x86_64', 'request')).toThrow('Unknown AWS region: mars-1')
  })
})
