import { describe, expect, it } from 'vitest'
import { sum, toDecimal } from '../money'
import type { CostGroup } from './shape-cost-breakdown'
import { stackedSeries } from './stacked-series'

const group = (label: string, byPeriod: string[]): CostGroup => ({
  key: label + byPeriod.join(),
  values: {},
  label,
  currentUsd: sum(byPeriod).toFixed(),
  previousUsd: '0',
  changeUsd: '0',
  changePct: null,
  sharePct: null,
  byPeriod,
})

const periods = [
  { start: '2026-10-01', end: '2026-10-01', estimated: false },
  { start: '2026-10-02', end: '2026-10-02', estimated: false },
]

describe('stackedSeries', () => {
  it('keeps the largest groups and folds the rest into Other without losing a cent', () => {
    const groups = [
      group('a', ['5', '5']),
      group('b', ['3', '3']),
      group('c', ['1', '0.01']),
      group('d', ['0.5', '0.5']),
    ]
    const chart = stackedSeries({ groups, periods }, 2)
    expect(chart.series).toEqual(['a', 'b', 'Other'])
    expect(chart.rows).toEqual([
      { periodStart: '2026-10-01', amounts: { a: '5', b: '3', Other: '1.5' } },
      { periodStart: '2026-10-02', amounts: { a: '5', b: '3', Other: '0.51' } },
    ])
    for (const [index, row] of chart.rows.entries()) {
      expect(sum(Object.values(row.amounts)).toFixed()).toBe(sum(groups.map((g) => g.byPeriod[index]!)).toFixed())
    }
  })

  it('makes labels unique when two groups share a name', () => {
    const chart = stackedSeries({ groups: [group('api', ['2', '2']), group('api', ['1', '1'])], periods })
    expect(chart.series).toEqual(['api', 'api (2)'])
    expect(toDecimal(chart.rows[0]!.amounts['api (2)']!).toFixed()).toBe('1')
  })
})
