import { describe, expect, it } from 'vitest'
import { checkCostExplorerMonth } from './check-cost-explorer-month'

const A = '111111111111'
const B = '222222222222'

describe('checkCostExplorerMonth', () => {
  it('accepts lines that add up to the totals exactly, per account and record type', () => {
    const totals = [
      { accountId: A, recordType: 'Usage', unblendedCost: '12.3456789012' },
      { accountId: A, recordType: 'Credit', unblendedCost: '-5' },
      { accountId: B, recordType: 'Usage', unblendedCost: '0.1' },
    ]
    const lines = [
      { accountId: A, recordType: 'Usage', unblendedCost: '10.0000000001' },
      { accountId: A, recordType: 'Usage', unblendedCost: '2.3456789011' },
      { accountId: A, recordType: 'Credit', unblendedCost: '-5' },
      { accountId: B, recordType: 'Usage', unblendedCost: '0.05' },
      { accountId: B, recordType: 'Usage', unblendedCost: '0.05' },
    ]
    expect(checkCostExplorerMonth(totals, lines)).toEqual([])
  })

  it('reports a missing group with both amounts and the exact difference', () => {
    const totals = [
      { accountId: A, recordType: 'Usage', unblendedCost: '30.25' },
      { accountId: B, recordType: 'Usage', unblendedCost: '1' },
    ]
    const lines = [
      { accountId: A, recordType: 'Usage', unblendedCost: '20' },
      { accountId: B, recordType: 'Usage', unblendedCost: '1' },
    ]
    const [mismatch, ...rest] = checkCostExplorerMonth(totals, lines)
    expect(rest).toEqual([])
    expect(mismatch!.accountId).toBe(A)
    expect(mismatch!.reportedUsd.toFixed()).toBe('30.25')
    expect(mismatch!.summedUsd.toFixed()).toBe('20')
    expect(mismatch!.differenceUsd.toFixed()).toBe('-10.25')
  })

  it('counts lines without a total, and a total without lines, as mismatches', () => {
    const mismatches = checkCostExplorerMonth(
      [{ accountId: A, recordType: 'Usage', unblendedCost: '3' }],
      [{ accountId: B, recordType: 'Tax', unblendedCost: '0.01' }],
    )
    expect(mismatches.map((m) => [m.accountId, m.recordType, m.differenceUsd.toFixed()])).toEqual([
      [A, 'Usage', '-3'],
      [B, 'Tax', '0.01'],
    ])
  })

  it('allows only the rounding of each amount to 10 decimals, not a cent', () => {
    const lines = Array.from({ length: 4 }, () => ({
      accountId: A,
      recordType: 'Usage',
      unblendedCost: '0.3333333333',
    }))
    // 4 amounts rounded down by a third of the 10th decimal each: within 5 × half a unit.
    expect(
      checkCostExplorerMonth([{ accountId: A, recordType: 'Usage', unblendedCost: '1.3333333333' }], lines),
    ).toEqual([])
    expect(
      checkCostExplorerMonth([{ accountId: A, recordType: 'Usage', unblendedCost: '1.3333333433' }], lines),
    ).toHaveLength(1)
    expect(
      checkCostExplorerMonth([{ accountId: A, recordType: 'Usage', unblendedCost: '1.3433333332' }], lines),
    ).toHaveLength(1)
  })
})
