import { describe, expect, it } from 'vitest'
import { lineIdentityOf, scopedIdentity } from './line-identity'

const indexOf = (header: string[]) => new Map(header.map((name, position) => [name, position]))

describe('line identity', () => {
  it('is identity_line_item_id with identity_time_interval in CUR 2.0, whatever else the row says', () => {
    const header = ['identity_line_item_id', 'identity_time_interval', 'line_item_unblended_cost']
    const identity = lineIdentityOf('cur-2.0', indexOf(header))
    expect(identity(['abc', '2026-10-01T00:00:00Z/2026-10-02T00:00:00Z', '1.5'])).toBe(
      'line|3:abc41:2026-10-01T00:00:00Z/2026-10-02T00:00:00Z',
    )
    // A restated amount is the same line: it replaces the stored one.
    expect(identity(['abc', '2026-10-01T00:00:00Z/2026-10-02T00:00:00Z', '1.7'])).toBe(
      identity(['abc', '2026-10-01T00:00:00Z/2026-10-02T00:00:00Z', '1.5']),
    )
    expect(identity(['abc', '2026-10-02T00:00:00Z/2026-10-03T00:00:00Z', '1.5'])).not.toBe(
      identity(['abc', '2026-10-01T00:00:00Z/2026-10-02T00:00:00Z', '1.5']),
    )
  })

  it('is the whole row in FOCUS (and in a CUR row without its id), whatever the column order or empty columns', () => {
    const focus = lineIdentityOf('focus-1.2', indexOf(['BilledCost', 'ChargePeriodStart', 'Tags']))
    const reordered = lineIdentityOf('focus-1.2', indexOf(['Tags', 'ChargePeriodStart', 'BilledCost', 'x_Extra']))
    expect(focus(['0.5', '2026-10-01T00:00:00Z', ''])).toBe(
      'row|10:BilledCost3:0.517:ChargePeriodStart20:2026-10-01T00:00:00Z',
    )
    expect(reordered(['', '2026-10-01T00:00:00Z', '0.5', ''])).toBe(focus(['0.5', '2026-10-01T00:00:00Z', '']))
    expect(focus(['0.6', '2026-10-01T00:00:00Z', ''])).not.toBe(focus(['0.5', '2026-10-01T00:00:00Z', '']))
    const cur = lineIdentityOf(
      'cur-2.0',
      indexOf(['identity_line_item_id', 'identity_time_interval', 'line_item_unblended_cost']),
    )
    expect(cur(['', '', '1.5'])).toBe('row|24:line_item_unblended_cost3:1.5')
    expect(lineIdentityOf('cur-2.0', indexOf(['line_item_unblended_cost']))(['1.5'])).toBe(
      'row|24:line_item_unblended_cost3:1.5',
    )
  })

  it('cannot be forged by moving text between cells', () => {
    const identity = lineIdentityOf('focus-1.2', indexOf(['a', 'b']))
    expect(identity(['x1:by', 'z'])).not.toBe(identity(['x', 'y1:bz']))
  })

  it('is unique within a kind of file, payer and billing period', () => {
    const line = 'line|3:abc1:x'
    expect(scopedIdentity({ source: 'cur', billingAccountId: '999999999999', billingPeriod: '2026-10-01' }, line)).toBe(
      '3:cur12:99999999999910:2026-10-01line|3:abc1:x',
    )
    expect(scopedIdentity({ source: 'cur', billingAccountId: '', billingPeriod: '2026-10-01' }, line)).not.toBe(
      scopedIdentity({ source: 'cur', billingAccountId: '999999999999', billingPeriod: '2026-10-01' }, line),
    )
  })
})
