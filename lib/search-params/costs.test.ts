import { describe, expect, it } from 'vitest'
import { costQueryParams } from '@/lib/domain/costs/query-params'
import { toCostQuery } from '@/lib/schemas/costs-query'
import { costsSearch, readCostsPage } from './costs'
import { searchParamsRecord } from './define-search-params'

describe('readCostsPage', () => {
  it('reads the view from the URL, by day unless the link says otherwise', () => {
    expect(
      readCostsPage({
        from: '2026-10-01',
        to: '2026-10-31',
        groupBy: 'account,service',
        region: ['us-east-1', 'ap-northeast-2'],
        sort: '-change',
      }),
    ).toEqual({
      query: {
        from: '2026-10-01',
        to: '2026-10-31',
        granularity: 'daily',
        groupBy: ['account', 'service'],
        filters: { region: ['us-east-1', 'ap-northeast-2'] },
      },
      sort: { key: 'change', descending: true },
      problem: null,
    })
    expect(readCostsPage({}).query).toEqual({ granularity: 'daily', groupBy: ['service'], filters: {} })
    expect(readCostsPage({ granularity: 'monthly', groupBy: '' }).query).toMatchObject({
      granularity: 'monthly',
      groupBy: [],
    })
  })

  it('falls back to the default view and names what is wrong with a bad link', () => {
    const state = readCostsPage({ granularity: 'weekly', sort: 'colour' })
    expect(state.query).toEqual({ granularity: 'daily', groupBy: ['service'], filters: {} })
    expect(state.sort).toEqual({ key: 'cost', descending: true })
    expect(state.problem).toContain('`granularity`')
    expect(state.problem).toContain('`sort`: unknown column “colour”')
  })
})

describe('the costs search-params module', () => {
  it('reads URLSearchParams, Next page records and client params alike, repeated parameters as lists', () => {
    const url = new URLSearchParams('from=2026-10-01&to=2026-10-31&region=us-east-1&region=ap-northeast-2')
    const record = { from: '2026-10-01', to: '2026-10-31', region: ['us-east-1', 'ap-northeast-2'] }
    expect(costsSearch.read(url)).toEqual(costsSearch.read(record))
    expect(costsSearch.read(url)).toMatchObject({
      ok: true,
      value: { region: ['us-east-1', 'ap-northeast-2'], granularity: 'monthly' },
    })
  })

  it('reads back what costQueryParams writes (page, API and CSV links share one spelling)', () => {
    const query = {
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'daily' as const,
      groupBy: ['usage_type' as const, 'function' as const],
      filters: { usage_type: ['APN2-Request'], service: ['AWS Lambda'], region: ['ap-northeast-2', 'us-east-1'] },
    }
    const result = costsSearch.read(costQueryParams(query))
    expect(result.ok && toCostQuery(result.value)).toEqual(query)
    expect(searchParamsRecord(costQueryParams(query))).toMatchObject({
      groupBy: 'usage_type,function',
      region: ['ap-northeast-2', 'us-east-1'],
      service: 'AWS Lambda',
    })
  })

  it('refuses text PostgreSQL cannot store, naming the parameter', () => {
    const result = costsSearch.read(new URLSearchParams('service=AWS%00Lambda'))
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('Invalid `service`: contains a character that cannot be stored'),
    })
  })

  it('writes one stable spelling', () => {
    expect(
      costsSearch.search({ to: '2026-10-31', from: '2026-10-01', region: ['b', 'a'], empty: '', none: undefined }),
    ).toBe('?from=2026-10-01&region=b&region=a&to=2026-10-31')
    expect(costsSearch.search({})).toBe('')
  })
})
