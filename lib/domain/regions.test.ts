import { describe, expect, it } from 'vitest'
import { lambdaUsageType, parseUsageType } from './regions'

describe('usage type regions', () => {
  it.each([
    ['Lambda-GB-Second', 'us-east-1', 'Lambda-GB-Second'],
    ['Request-ARM', 'us-east-1', 'Request-ARM'],
    ['USE1-APIRequest', 'us-east-1', 'APIRequest'],
    ['APN2-Lambda-GB-Second-ARM', 'ap-northeast-2', 'Lambda-GB-Second-ARM'],
    ['EU-Lambda-GB-Second', 'eu-west-1', 'Lambda-GB-Second'],
    ['APN2-NatGateway-Hours', 'ap-northeast-2', 'NatGateway-Hours'],
    ['Global-Request', 'global', 'Global-Request'],
    ['ZZZ9-Something', 'global', 'ZZZ9-Something'],
  ])('%s is %s / %s', (usageType, region, base) => {
    expect(parseUsageType(usageType)).toEqual({ region, base })
  })

  it('writes Lambda usage types the way Cost Explorer reports them', () => {
    expect(lambdaUsageType('us-east-1', 'Lambda-GB-Second')).toBe('Lambda-GB-Second')
    expect(lambdaUsageType('ap-northeast-2', 'Request-ARM')).toBe('APN2-Request-ARM')
    expect(() => lambdaUsageType('xx-nowhere-1', 'Request')).toThrow(/Unknown AWS region/)
  })
})
