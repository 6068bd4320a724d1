import { describe, expect, it } from 'vitest'
import { type OverviewInput, summarizeOverview } from './summarize-overview'

const base: OverviewInput = {
  month: '2026-10',
  dataThrough: '2026-11-21',
  availableMonths: [
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
    '2026-11',
  ],
  monthlyByService: [],
  comparison: { current: '0', previous: '0', sameDays: false },
  estimatedDays: 0,
  lambdaByUsageType: [],
  topFunctions: [],
}

describe('summarizeOverview', () => {
  it('totals the month, its change and Lambda’s share, all by hand', () => {
    const overview = summarizeOverview({
      ...base,
      monthlyByService: [
        { month: '2026-10', service: 'AWS Lambda', cost: '300.25' },
        { month: '2026-10', service: 'Amazon Simple Storage Service', cost: '99.75' },
        { month: '2026-09', service: 'AWS Lambda', cost: '75' },
      ],
      comparison: { current: '400', previous: '320', sameDays: false },
    })
    // 400 − 320 = +80, +25.0%; Lambda 300.25 of the month's 400 = 75.0625% → 75.1%.
    expect(overview.total).toEqual({
      currentUsd: '400',
      previousUsd: '320',
      changeUsd: '80',
      changePct: 25,
      comparedWith: 'previous_month',
    })
    expect(overview.lambdaUsd).toBe('300.25')
    expect(overview.lambdaSharePct).toBe(75.1)
    expect(overview.isPartialMonth).toBe(false)
  })

  it('compares a month in progress with the same days of the month before', () => {
    const overview = summarizeOverview({
      ...base,
      month: '2026-11',
      comparison: { current: '10', previous: '40', sameDays: true },
      estimatedDays: 3,
    })
    expect(overview.total).toMatchObject({
      changeUsd: '-30',
      changePct: -75,
      comparedWith: 'same_days_of_previous_month',
    })
    expect(overview).toMatchObject({ isPartialMonth: true, estimatedDays: 3, dataThrough: '2026-11-21' })
  })

  it('draws the trend up to the month, the six largest services and "Other" for the rest', () => {
    const services = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']
    // Service A costs $8 in October, B $7 … H $1; H and G are folded into Other ($1 + $2).
    const monthlyByService = services.map((service, index) => ({
      month: '2026-10' as const,
      service,
      cost: String(8 - index),
    }))
    const overview = summarizeOverview({
      ...base,
      monthlyByService: [...monthlyByService, { month: '2025-10', service: 'A', cost: '1000' }],
    })
    expect(overview.trend.services).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Other'])
    // The data starts in November 2025 (availableMonths), so the trend does too: October 2025's $1,000 is not drawn.
    expect(overview.trend.rows.map((row) => row.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ])
    const october = overview.trend.rows.at(-1)!
    // 8 + 7 + … + 1 = 36.
    expect(october).toEqual({
      month: '2026-10',
      totalUsd: '36',
      byService: { A: '8', B: '7', C: '6', D: '5', E: '4', F: '3', Other: '3' },
    })
    expect(overview.trend.rows[0]).toEqual({
      month: '2025-11',
      totalUsd: '0',
      byService: { A: '0', B: '0', C: '0', D: '0', E: '0', F: '0', Other: '0' },
    })
  })

  it('keeps a seventh service instead of folding it alone into "Other"', () => {
    const monthlyByService = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((service) => ({
      month: '2026-10' as const,
      service,
      cost: '1',
    }))
    expect(summarizeOverview({ ...base, monthlyByService }).trend.services).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G'])
  })

  it('draws 13 months when the data goes back further, and starts at the first month with data otherwise', () => {
    expect(
      summarizeOverview({ ...base, availableMonths: ['2024-01', ...base.availableMonths] }).trend.rows.map(
        (row) => row.month,
      )[0],
    ).toBe('2025-10')
    const overview = summarizeOverview({ ...base, availableMonths: ['2026-08', '2026-09', '2026-10'] })
    expect(overview.trend.rows.map((row) => row.month)).toEqual(['2026-08', '2026-09', '2026-10'])
    // A first month after the month shown does not shorten it.
    expect(summarizeOverview({ ...base, month: '2026-06', availableMonths: ['2026-08'] }).trend.rows).toHaveLength(13)
  })

  it('splits the Lambda bill by kind of usage in a fixed order, leaving out kinds not billed', () => {
    const overview = summarizeOverview({
      ...base,
      lambdaByUsageType: [
        { usageType: 'APN2-Lambda-GB-Second-ARM', cost: '10.5' },
        { usageType: 'Request', cost: '0.4' },
        { usageType: 'APN2-Request-ARM', cost: '0.1' },
        { usageType: 'Lambda-Provisioned-Concurrency', cost: '3' },
        { usageType: 'Lambda-Edge-Request', cost: '0.02' },
      ],
    })
    expect(overview.lambdaByCategory).toEqual([
      { category: 'requests', label: 'Requests', costUsd: '0.5' },
      { category: 'duration', label: 'On-demand duration', costUsd: '10.5' },
      { category: 'provisioned_concurrency', label: 'Provisioned concurrency', costUsd: '3' },
      { category: 'other', label: 'Other Lambda usage', costUsd: '0.02' },
    ])
  })

  it('gives each top function its share of the billed Lambda cost, or of the functions’ total when nothing was billed', () => {
    const topFunctions = [
      { id: 1, name: 'a', accountId: '1', accountName: 'one', region: 'us-east-1', cost: '30' },
      { id: 2, name: 'b', accountId: '1', accountName: 'one', region: 'us-east-1', cost: '10' },
    ]
    const billed = summarizeOverview({
      ...base,
      monthlyByService: [{ month: '2026-10', service: 'AWS Lambda', cost: '200' }],
      topFunctions,
    })
    // 30 / 200 = 15%, 10 / 200 = 5%.
    expect(billed.topFunctions.map((f) => [f.name, f.costUsd, f.sharePct])).toEqual([
      ['a', '30', 15],
      ['b', '10', 5],
    ])
    // No Lambda line this month (free tier, or estimates only): shares of 30 + 10.
    expect(summarizeOverview({ ...base, topFunctions }).topFunctions.map((f) => f.sharePct)).toEqual([75, 25])
    expect(
      summarizeOverview({ ...base, topFunctions: [{ ...topFunctions[0]!, cost: '0' }] }).topFunctions[0]!.sharePct,
    ).toBeNull()
  })

  it('has no Lambda share in a month that cost nothing', () => {
    expect(summarizeOverview(base).lambdaSharePct).toBeNull()
  })
})
