import { describe, expect, it } from 'vitest'
import { type BreakdownInput, shapeCostBreakdown } from './shape-cost-breakdown'
import { comparisonPeriod, periodsOf } from './periods'

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:api'

function input(overrides: Partial<BreakdownInput> = {}): BreakdownInput {
  return {
    from: '2026-10-01',
    to: '2026-10-03',
    granularity: 'daily',
    groupBy: ['service'],
    filters: {},
    source: 'cost_explorer',
    dataThrough: '2026-10-31',
    comparison: comparisonPeriod('2026-10-01', '2026-10-03', '2026-10-31'),
    periods: periodsOf('2026-10-01', '2026-10-03', 'daily'),
    current: [
      { periodStart: '2026-10-01', values: ['AWS Lambda'], cost: '1.0000000001' },
      { periodStart: '2026-10-03', values: ['AWS Lambda'], cost: '2' },
      { periodStart: '2026-10-02', values: ['Amazon S3'], cost: '0.5' },
    ],
    previous: [
      { values: ['AWS Lambda'], cost: '1' },
      { values: ['Amazon S3'], cost: '1.5' },
      { values: ['Amazon RDS'], cost: '4' },
    ],
    estimatedDays: ['2026-10-03'],
    labels: { account: {}, function: {} },
    functionChanges: {},
    availableMonths: ['2026-10'],
    options: { service: ['AWS Lambda', 'Amazon S3'], usage_type: [], account: [], region: [] },
    ...overrides,
  }
}

describe('shapeCostBreakdown', () => {
  it('lays groups out over the periods with exact totals, changes and shares', () => {
    const breakdown = shapeCostBreakdown(input())
    expect(breakdown.total).toEqual({
      currentUsd: '3.5000000001',
      previousUsd: '6.5',
      changeUsd: '-2.9999999999',
      changePct: -46.2,
      byPeriod: ['1.0000000001', '0.5', '2'],
    })
    expect(
      breakdown.groups.map((g) => [g.label, g.currentUsd, g.previousUsd, g.changeUsd, g.sharePct, g.byPeriod]),
    ).toEqual([
      ['AWS Lambda', '3.0000000001', '1', '2.0000000001', 85.7, ['1.0000000001', '0', '2']],
      ['Amazon S3', '0.5', '1.5', '-1', 14.3, ['0', '0.5', '0']],
      // Only in the comparison range: kept, so that its disappearance shows as a mover down.
      ['Amazon RDS', '0', '4', '-4', 0, ['0', '0', '0']],
    ])
    expect(breakdown.groups[0]!.values).toEqual({ service: 'AWS Lambda' })
  })

  it('ranks the movers up and down by their change in dollars', () => {
    const { movers } = shapeCostBreakdown(input())
    expect(movers.up).toEqual(['["AWS Lambda"]'])
    expect(movers.down).toEqual(['["Amazon RDS"]', '["Amazon S3"]'])
  })

  it('flags periods that contain a day AWS still estimates', () => {
    expect(shapeCostBreakdown(input()).periods.map((p) => p.estimated)).toEqual([false, false, true])
    const monthly = shapeCostBreakdown(
      input({ granularity: 'monthly', periods: periodsOf('2026-10-01', '2026-10-03', 'monthly'), current: [] }),
    )
    expect(monthly.periods).toEqual([{ start: '2026-10-01', end: '2026-10-03', estimated: true }])
  })

  it('marks per-function answers as Lambda-only estimates and labels functions by name', () => {
    const breakdown = shapeCostBreakdown(
      input({
        groupBy: ['function'],
        source: 'function_estimates',
        filters: { service: ['AWS Lambda', 'Amazon S3'] },
        current: [{ periodStart: '2026-10-01', values: [ARN], cost: '1' }],
        previous: [],
        labels: {
          account: {},
          function: { [ARN]: { id: 1, name: 'api', accountId: '123456789012', region: 'us-east-1' } },
        },
      }),
    )
    expect(breakdown).toMatchObject({ estimated: true, lambdaOnly: true })
    expect(breakdown.groups[0]!.label).toBe('api')
    expect(breakdown.total.changePct).toBeNull()
    expect(breakdown.notes[0]).toMatch(/^Per-function amounts are estimates/)
    expect(breakdown.notes).toContain('Per-function costs exist only for AWS Lambda; Amazon S3 has none.')
  })

  it('refuses rows outside the periods instead of dropping money', () => {
    expect(() =>
      shapeCostBreakdown(input({ current: [{ periodStart: '2026-11-01', values: ['x'], cost: '1' }] })),
    ).toThrow('outside the periods')
  })
})
