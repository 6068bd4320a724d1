import { describe, expect, it } from 'vitest'
import { type CostItem, allocateCosts } from './allocate-costs'
import type { TeamRules } from './team-rules'

const cost = (amountUsd: string, over: Partial<CostItem> = {}): CostItem => ({
  accountId: '111111111111',
  service: 'AWS Lambda',
  functionName: null,
  tags: {},
  amountUsd,
  ...over,
})

const rules: TeamRules = { rules: [{ team: 'search', match: { functionPrefix: 'search-' } }], defaultFromTag: 'team' }

// November, hand-made: search $60.00 by name, recsys $30.00 by tag, $9.99 untagged Lambda, support $10.00 shared
// in proportion, and a shared account's NAT $0.01 split evenly.
const items = [
  cost('40.00', { functionName: 'search-api' }),
  cost('20.00', { functionName: 'search-indexer' }),
  cost('30.00', { functionName: 'recommender', tags: { team: 'recsys' } }),
  cost('9.99', { functionName: 'legacy-cron' }),
  cost('10.00', { service: 'AWS Support (Business)' }),
  cost('0.01', { accountId: '999999999999', service: 'Amazon Virtual Private Cloud' }),
]
const pools = [
  { name: 'Support', match: { service: 'AWS Support (Business)' }, split: { method: 'proportional' as const } },
  { name: 'Shared network', match: { account: '999999999999' }, split: { method: 'even' as const } },
]

describe('allocating a month by team', () => {
  it('direct, shared and unallocated add up to the month to the cent', () => {
    const allocation = allocateCosts(items, rules, pools)
    const row = (team: {
      team: string
      directUsd: { toFixed(): string }
      sharedUsd: { toFixed(): string }
      totalUsd: { toFixed(): string }
    }) => [team.team, team.directUsd.toFixed(), team.sharedUsd.toFixed(), team.totalUsd.toFixed()]
    // Support $10.00 at 60:30 → 6.666… and 3.333… cents-wise 666.67/333.33 → 6.67 and 3.33; NAT $0.01 evenly → recsys
    // (first by name) gets the cent.
    expect(allocation.teams.map(row)).toEqual([
      ['search', '60', '6.67', '66.67'],
      ['recsys', '30', '3.34', '33.34'],
    ])
    expect(row(allocation.unallocated)).toEqual(['unallocated', '9.99', '0', '9.99'])
    expect(allocation.totalUsd.toFixed()).toBe('110')
    const added = allocation.teams.reduce((total, team) => total.plus(team.totalUsd), allocation.unallocated.totalUsd)
    expect(added.toFixed()).toBe(allocation.totalUsd.toFixed())
    // Coverage over the cost outside the pools: 90.00 of 99.99.
    expect(allocation.coverage?.toDecimalPlaces(6).toFixed()).toBe('0.90009')
    expect(allocation.pools.map((pool) => [pool.name, pool.amountUsd.toFixed()])).toEqual([
      ['Support', '10'],
      ['Shared network', '0.01'],
    ])
  })

  it('a cost matched by a pool is shared even when a team rule would also claim it', () => {
    const allocation = allocateCosts(
      [cost('5', { functionName: 'search-x', accountId: '999999999999' }), cost('1', { functionName: 'search-y' })],
      rules,
      pools,
    )
    expect(allocation.teams.map((team) => [team.team, team.directUsd.toFixed(), team.sharedUsd.toFixed()])).toEqual([
      ['search', '1', '5'],
    ])
  })

  it('with no team at all, shared pools stay unallocated and coverage is zero; with no cost, coverage is unknown', () => {
    const allocation = allocateCosts(
      [cost('4'), cost('10.00', { service: 'AWS Support (Business)' })],
      { rules: [], defaultFromTag: null },
      pools,
    )
    expect(allocation.teams).toEqual([])
    expect([allocation.unallocated.directUsd.toFixed(), allocation.unallocated.sharedUsd.toFixed()]).toEqual([
      '4',
      '10',
    ])
    expect(allocation.coverage?.toFixed()).toBe('0')
    expect(allocateCosts([], rules).coverage).toBeNull()
  })
})
