import { describe, expect, it } from 'vitest'
import { parseCostsPage } from './costs-page'

describe('parseCostsPage', () => {
  it('reads the view from the URL, by day unless the link says otherwise', () => {
    expect(parseCostsPage({ from: '2026-10-01', to: '2026-10-31', groupBy: 'account,service', region: ['us-east-1', 'ap-northeast-2'], sort: '-change' })).toEqual({
      query: { from: '2026-10-01', to: '2026-10-31', granularity: 'daily', groupBy: ['account', 'service'], filters: { region: ['us-east-1', 'ap-northeast-2'] } },
      sort: { key: 'change', descending: true },
      problem: null,
    })
    expect(parseCostsPage({}).query).toEqual({ granularity: 'daily', groupBy: ['service'], filters: {} })
    expect(parseCostsPage({ granularity: 'monthly', groupBy: '' }).query).toMatchObject({ granularity: 'monthly', groupBy: [] })
  })

  it('falls back to the default view and names what is wrong with a bad link', () => {
    const state = parseCostsPage({ granularity: 'weekly', sort: 'colour' })
    expect(state.query).toEqual({ granularity: 'daily', groupBy: ['service'], filters: {} })
    expect(state.sort).toEqual({ key: 'cost', descending: true })
    expect(state.problem).toContain('`granularity`')
    expect(state.problem).toContain('`sort`: unknown column “colour”')
  })
})
