import { describe, expect, it } from 'vitest'
import {
  type DailySpend,
  callsWithin,
  expectedCostExplorerCalls,
  refusalBeyondDailyCap,
  stopBeyondCaps,
} from './cost-explorer-spend'

const spend = (spentCalls: number, reservedCalls = 0, capUsd = '2.00'): DailySpend => ({
  day: '2026-12-07',
  capUsd,
  spentCalls,
  reservedCalls,
})

describe('the daily Cost Explorer cap', () => {
  it('pays for whole $0.01 requests', () => {
    expect(callsWithin('2.00')).toBe(200)
    expect(callsWithin('0.259')).toBe(25)
    expect(callsWithin('0.01')).toBe(1)
  })

  it('expects the accounts query, then a request per month and account', () => {
    expect(expectedCostExplorerCalls({ from: '2026-10-15', to: '2026-12-02' }, 3)).toBe(1 + 3 * 3)
    // Before the first run nothing is known: one account at least.
    expect(expectedCostExplorerCalls({ from: '2026-12-01', to: '2026-12-02' }, 0)).toBe(2)
    expect(expectedCostExplorerCalls(null, 3)).toBe(0)
  })

  it('refuses a run that would go over the cap with what was spent and set aside, and admits one that fits exactly', () => {
    expect(refusalBeyondDailyCap(spend(150, 40), 10)).toBeNull()
    expect(refusalBeyondDailyCap(spend(150, 40), 11)).toBe(
      "This run would go over today's Cost Explorer spending cap of $2.00 (FINOPS_CE_MAX_USD_PER_DAY, UTC day 2026-12-07): " +
        'it is expected to make about 11 requests ($0.11), and $1.90 is already spent today or set aside for queued runs ($0.40). ' +
        'Ingest a shorter window, wait for the next UTC day, or raise the cap.',
    )
    expect(refusalBeyondDailyCap(spend(200), 1)).toMatch(/\$2\.00 is already spent today\. /)
    // A run without costs makes no Cost Explorer request.
    expect(refusalBeyondDailyCap(spend(200), 0)).toBeNull()
  })

  it('stops a running run before the request that would go over either cap', () => {
    expect(stopBeyondCaps({ callsThisRun: 49, maxCallsPerRun: 100, daily: spend(150) })).toBeNull()
    expect(stopBeyondCaps({ callsThisRun: 50, maxCallsPerRun: 100, daily: spend(150) })).toBe(
      "Stopped at today's Cost Explorer spending cap of $2.00 (FINOPS_CE_MAX_USD_PER_DAY, UTC day 2026-12-07): earlier runs spent $1.50 and this one $0.50. " +
        'Months already written are kept; run the rest on the next UTC day or raise the cap.',
    )
    expect(stopBeyondCaps({ callsThisRun: 100, maxCallsPerRun: 100, daily: spend(0) })).toMatch(
      /^Stopped at the cap of 100 Cost Explorer calls per run \(\$1\.00\)/,
    )
    expect(stopBeyondCaps({ callsThisRun: 100, maxCallsPerRun: 1_000 })).toBeNull()
  })
})
