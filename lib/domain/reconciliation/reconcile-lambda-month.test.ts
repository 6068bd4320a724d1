import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { type BilledLambdaLine, reconcileLambdaMonth } from './reconcile-lambda-month'

// us-east-1 list prices: $0.20 per 1M requests, $0.0000166667 per GB-s (x86, tier 1), Arm $0.0000133334.
const line = (
  day: string,
  usageType: string,
  quantity: string,
  cost: string,
  recordType = 'Usage',
): BilledLambdaLine => ({ day, usageType, recordType, usageQuantity: quantity, unblendedCost: cost })

describe('reconcileLambdaMonth', () => {
  it('explains the whole difference by the free tier when the bill is list price minus the allowance', () => {
    // 1.5M requests and 500,000 GB-s over two days; the allowance (1M, 400,000) is used up on the first day.
    const lines = [
      line('2026-10-01', 'Request', '1000000', '0'),
      line('2026-10-01', 'Lambda-GB-Second', '400000', '0'),
      line('2026-10-02', 'Request', '500000', '0.1'),
      line('2026-10-02', 'Lambda-GB-Second', '100000', '1.66667'),
    ]
    const estimate = toDecimal('1500000').times('0.0000002').plus(toDecimal('500000').times('0.0000166667'))
    const result = reconcileLambdaMonth({
      month: '2026-10',
      lines,
      estimate: { costUsd: estimate.toFixed(), rows: 10 },
    })
    expect(result.billed.toFixed()).toBe('1.76667')
    expect(result.difference.toFixed()).toBe('-6.86668')
    expect(result.explanations).toEqual([
      {
        kind: 'free_tier',
        usd: toDecimal('-6.86668'),
        detail: 'free tier: 1000000 requests and 400000 GB-s of the monthly 1,000,000 and 400,000',
      },
    ])
    expect(result.unexplained.isZero()).toBe(true)
    expect(result.notes).toEqual([])
  })

  it('uses the allowance in day order across architectures and regions, at each meter’s price', () => {
    const lines = [
      line('2026-10-01', 'APN2-Lambda-GB-Second-ARM', '300000', '0'),
      line('2026-10-02', 'Lambda-GB-Second', '200000', '1.66667'),
    ]
    const estimate = toDecimal('300000').times('0.0000133334').plus(toDecimal('200000').times('0.0000166667'))
    const result = reconcileLambdaMonth({ month: '2026-10', lines, estimate: { costUsd: estimate.toFixed(), rows: 2 } })
    // 300,000 GB-s of Seoul Arm and then 100,000 GB-s of Virginia x86 are free.
    expect(result.explanations[0]!.usd.toFixed()).toBe(
      toDecimal('300000').times('0.0000133334').plus(toDecimal('100000').times('0.0000166667')).negated().toFixed(),
    )
    expect(result.unexplained.isZero()).toBe(true)
  })

  it('names credits and usage it does not estimate, treats tiny residues as rounding, and leaves the rest unexplained', () => {
    const lines = [
      line('2026-10-01', 'Request', '2000000', '0.2'),
      line('2026-10-01', 'Lambda-Edge-Request', '1000', '0.0006'),
      line('2026-10-05', '', '0', '-5', 'Credit'),
    ]
    const exact = reconcileLambdaMonth({ month: '2026-10', lines, estimate: { costUsd: '0.40000000003', rows: 30 } })
    expect(exact.explanations.map((e) => [e.kind, e.usd.toFixed()])).toEqual([
      ['credits', '-5'],
      ['unestimated_usage', '0.0006'],
      ['free_tier', '-0.2'],
      ['rounding', '-0.00000000003'],
    ])
    expect(exact.unexplained.isZero()).toBe(true)

    const underestimated = reconcileLambdaMonth({
      month: '2026-10',
      lines: lines.slice(0, 1),
      estimate: { costUsd: '0.35', rows: 30 },
    })
    expect(underestimated.unexplained.toFixed()).toBe('0.05')
    expect(underestimated.notes[0]).toMatch(
      /INIT \(cold start\) time of on-demand ZIP functions is billed since 1 Aug 2025/,
    )
    expect(
      reconcileLambdaMonth({ month: '2026-10', lines: lines.slice(0, 1), estimate: { costUsd: '0', rows: 0 } })
        .notes[0],
    ).toMatch(/No per-function metrics/)
  })
})
