import { describe, expect, it } from 'vitest'
import { sum } from '../money'
import { type PeriodItem, allocatePeriods } from './allocate-periods'
import type { TeamRules } from './team-rules'

const rules: TeamRules = { rules: [], defaultFromTag: 'team' }
const item = (periodStart: string, amountUsd: string, team?: string, service = 'AWS Lambda'): PeriodItem => ({
  periodStart,
  accountId: '111111111111',
  service,
  functionName: team ? `${team}-api` : null,
  tags: team ? { team } : {},
  amountUsd,
})

describe('allocating periods by team', () => {
  it('each period on its own: a proportional pool follows that period’s direct costs, and the periods add up', () => {
    const items = [
      item('2026-11-01', '30.00', 'search'),
      item('2026-11-01', '10.00', 'recsys'),
      item('2026-11-01', '4.00', undefined, 'AWS Support (Business)'),
      item('2026-12-01', '10.00', 'search'),
      item('2026-12-01', '30.00', 'recsys'),
      item('2026-12-01', '4.00', undefined, 'AWS Support (Business)'),
      item('2026-12-01', '0.07'),
    ]
    const pools = [
      { name: 'Support', match: { service: 'AWS Support (Business)' }, split: { method: 'proportional' as const } },
    ]
    const rows = allocatePeriods(items, rules, pools).map((row) => [row.periodStart, row.team, row.amountUsd.toFixed()])
    expect(rows).toEqual([
      ['2026-11-01', 'search', '33'],
      ['2026-11-01', 'recsys', '11'],
      ['2026-11-01', 'unallocated', '0'],
      ['2026-12-01', 'recsys', '33'],
      ['2026-12-01', 'search', '11'],
      ['2026-12-01', 'unallocated', '0.07'],
    ])
    expect(sum(allocatePeriods(items, rules, pools).map((row) => row.amountUsd)).toFixed()).toBe(
      sum(items.map((entry) => entry.amountUsd)).toFixed(),
    )
  })
})
