import { describe, expect, it } from 'vitest'
import { isAccountId, isRegionCode } from './aws-ids'

describe('AWS identifiers', () => {
  it.each([
    ['123456789012', true],
    ['12345678901', false],
    ['1234567890123', false],
    ['12345678901a', false],
    ['', false],
  ])('account id %j: %s', (value, valid) => expect(isAccountId(value)).toBe(valid))

  it.each([
    ['us-east-1', true],
    ['ap-northeast-2', true],
    ['us-gov-west-1', true],
    ['global', false],
    ['US-EAST-1', false],
    ['us-east', false],
  ])('region %j: %s', (value, valid) => expect(isRegionCode(value)).toBe(valid))
})
