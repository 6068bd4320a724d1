import { describe, expect, it } from 'vitest'
import type { CostGroup } from './shape-cost-breakdown'
import { costQueryParams } from './query-params'
import { parseSort, sortGroups, sortParam } from './sort-groups'

describe('costQueryParams', () => {
  it('spells a query with repeated filter parameters in drill order', () => {
    const params = costQueryParams({
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'daily',
      groupBy: ['usage_type', 'function'],
      filters: { usage_type: ['APN2-Request'], service: ['AWS Lambda'], region: ['ap-northeast-2', 'us-east-1'] },
    })
    expect(params.toString()).toBe(
      'from=2026-10-01&to=2026-10-31&granularity=daily&groupBy=usage_type%2Cfunction&region=ap-northeast-2&region=us-east-1&service=AWS+Lambda&usage_type=APN2-Request',
    )
  })

  it('leaves the range out for the default month and keeps an empty grouping', () => {
    expect(costQueryParams({ granularity: 'monthly', groupBy: [], filters: {} }).toString()).toBe(
      'granularity=monthly&groupBy=',
    )
  })
})

describe('sortGroups', () => {
  const group = (key: string, currentUsd: string, changeUsd: string, changePct: number | null): CostGroup => ({
    key,
    values: {},
    label: key,
    currentUsd,
    previousUsd: '0',
    changeUsd,
    changePct,
    sharePct: null,
    byPeriod: [],
  })
  const groups = [group('b', '10', '-5', -33.3), group('a', '2', '2', null), group('c', '100', '1', 1)]

  it('sorts by cost, change, percentage or name in either direction', () => {
    expect(sortGroups(groups, { key: 'cost', descending: true }).map((g) => g.key)).toEqual(['c', 'b', 'a'])
    expect(sortGroups(groups, { key: 'change', descending: false }).map((g) => g.key)).toEqual(['b', 'c', 'a'])
    expect(sortGroups(groups, { key: 'change_pct', descending: true }).map((g) => g.key)).toEqual(['c', 'b', 'a'])
    expect(sortGroups(groups, { key: 'change_pct', descending: false }).map((g) => g.key)).toEqual(['b', 'c', 'a'])
    expect(sortGroups(groups, { key: 'name', descending: false }).map((g) => g.key)).toEqual(['a', 'b', 'c'])
  })

  it('reads and writes the sort parameter', () => {
    expect(parseSort(undefined)).toEqual({ key: 'cost', descending: true })
    expect(parseSort('-change_pct')).toEqual({ key: 'change_pct', descending: true })
    expect(parseSort('name')).toEqual({ key: 'name', descending: false })
    expect(parseSort('colour')).toBeNull()
    expect(sortParam({ key: 'change', descending: true })).toBe('-change')
  })
})
