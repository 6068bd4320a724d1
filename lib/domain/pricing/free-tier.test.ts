import { describe, expect, it } from 'vitest'
import { allocateFreeTier, LAMBDA_FREE_TIER } from './free-tier'

describe('free tier', () => {
  it('is one million requests and 400,000 GB-s a month', () => {
    expect(LAMBDA_FREE_TIER.requests.toFixed()).toBe('1000000')
    expect(LAMBDA_FREE_TIER.gbSeconds.toFixed()).toBe('400000')
  })

  it.each([
    ['400000', '540000', '400000', '140000', '0'],
    ['400000', '100000', '100000', '0', '300000'],
    ['0', '5', '0', '5', '0'],
    ['10', '0', '0', '0', '10'],
    ['0.5', '0.25', '0.25', '0', '0.25'],
  ])('allowance %s against %s: %s free, %s billable, %s left', (remaining, quantity, free, billable, left) => {
    const split = allocateFreeTier(remaining, quantity)
    expect([split.free.toFixed(), split.billable.toFixed(), split.remaining.toFixed()]).toEqual([free, billable, left])
  })

  it('refuses negative inputs', () => {
    expect(() => allocateFreeTier(-1, 5)).toThrow(RangeError)
    expect(() => allocateFreeTier(5, -1)).toThrow(RangeError)
  })
})
