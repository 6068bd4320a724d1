import { describe, expect, it } from 'vitest'
import { monthRates } from '@/lib/domain/fx/month-rates'
import { krwTwins, withKrwTwins } from './krw-twins'
import { periodsOf } from './periods'
import { groupKey } from './shape-cost-breakdown'

const OCT = { month: '2026-10', krwPerUsd: '1380.50', source: 'AWS invoice 2026-10', asOf: '2026-11-03' }
const NOV = { month: '2026-11', krwPerUsd: '1385.20', source: 'AWS invoice 2026-11', asOf: '2026-12-03' }
const LAMBDA = ['AWS Lambda']
const S3 = ['Amazon S3']

describe('won beside the dollars of a breakdown', () => {
  it('one month against the one before: each at its own rate, the change split into usage and FX that add up', () => {
    const twins = krwTwins({
      range: { from: '2026-11-01', to: '2026-11-30' },
      comparison: { from: '2026-10-01', to: '2026-10-31' },
      periods: periodsOf('2026-11-01', '2026-11-30', 'monthly'),
      current: [
        { periodStart: '2026-11-01', values: LAMBDA, cost: '1478.05' },
        { periodStart: '2026-11-01', values: S3, cost: '10' },
      ],
      previous: [{ periodStart: '2026-10-01', values: LAMBDA, cost: '1200.10' }],
      rates: monthRates([OCT, NOV]),
    })
    // Lambda: Oct 1200.10 × 1380.50 = 1,656,738.05; Nov 1478.05 × 1385.20 = 2,047,394.86 (lib/domain/fx/krw.test.ts)
    // usage = 277.95 × 1380.50 = 383,709.975; FX = 1478.05 × 4.70 = 6,946.835; together 390,656.81
    expect(twins.groups.get(groupKey(LAMBDA))).toEqual({
      currentKrw: '2047394.86',
      previousKrw: '1656738.05',
      changeKrw: '390656.81',
      usageKrw: '383709.975',
      fxKrw: '6946.835',
      byPeriodKrw: ['2047394.86'],
    })
    // S3 is new: 10 × 1385.20 = 13,852, all of it usage at October's rate (13,805) plus FX on November's dollars (47).
    expect(twins.groups.get(groupKey(S3))).toMatchObject({
      currentKrw: '13852',
      previousKrw: '0',
      changeKrw: '13852',
      usageKrw: '13805',
      fxKrw: '47',
    })
    // Total: 2,047,394.86 + 13,852 = 2,061,246.86
    // usage = (1488.05 − 1200.10) × 1380.50 = 287.95 × 1380.50 = 397,514.975; FX = 1488.05 × 4.70 = 6,993.835
    expect(twins.total).toEqual({
      currentKrw: '2061246.86',
      previousKrw: '1656738.05',
      changeKrw: '404508.81',
      usageKrw: '397514.975',
      fxKrw: '6993.835',
      byPeriodKrw: ['2061246.86'],
    })
    expect(twins.fx).toEqual([OCT, NOV])
    expect(twins.fxMissing).toEqual([])
  })

  it('a range over two months converts each month at its own rate, never the sum at one rate, and has no split', () => {
    const twins = krwTwins({
      range: { from: '2026-10-16', to: '2026-11-15' },
      comparison: { from: '2026-09-15', to: '2026-10-15' },
      periods: periodsOf('2026-10-16', '2026-11-15', 'monthly'),
      current: [
        { periodStart: '2026-10-16', values: LAMBDA, cost: '100' },
        { periodStart: '2026-11-01', values: LAMBDA, cost: '100' },
      ],
      previous: [],
      rates: monthRates([{ ...OCT, month: '2026-09' }, OCT, NOV]),
    })
    // 100 × 1380.50 + 100 × 1385.20 = 138,050 + 138,520 = 276,570 (not 200 × either rate)
    expect(twins.total).toMatchObject({
      currentKrw: '276570',
      previousKrw: '0',
      changeKrw: '276570',
      usageKrw: null,
      fxKrw: null,
      byPeriodKrw: ['138050', '138520'],
    })
  })

  it('a month without a rate has no won: figures that need it are null and the month is named', () => {
    const twins = krwTwins({
      range: { from: '2026-10-01', to: '2026-11-30' },
      comparison: { from: '2026-08-01', to: '2026-09-30' },
      periods: periodsOf('2026-10-01', '2026-11-30', 'monthly'),
      current: [
        { periodStart: '2026-10-01', values: LAMBDA, cost: '100' },
        { periodStart: '2026-11-01', values: LAMBDA, cost: '100' },
      ],
      previous: [{ periodStart: '2026-09-01', values: LAMBDA, cost: '50' }],
      rates: monthRates([OCT]),
    })
    expect(twins.fxMissing).toEqual(['2026-08', '2026-09', '2026-11'])
    expect(twins.total).toMatchObject({
      currentKrw: null,
      previousKrw: null,
      changeKrw: null,
      usageKrw: null,
      fxKrw: null,
      byPeriodKrw: ['138050', null],
    })
    expect(twins.fx).toEqual([OCT])
  })

  it('joins the breakdown: each group gets its won, and a missing month is said in the notes', () => {
    const twins = krwTwins({
      range: { from: '2026-11-01', to: '2026-11-30' },
      comparison: { from: '2026-10-01', to: '2026-10-31' },
      periods: periodsOf('2026-11-01', '2026-11-30', 'monthly'),
      current: [{ periodStart: '2026-11-01', values: LAMBDA, cost: '1' }],
      previous: [],
      rates: monthRates([NOV]),
    })
    const joined = withKrwTwins({ notes: [], total: { currentUsd: '1' }, groups: [{ key: groupKey(LAMBDA) }] }, twins)
    expect(joined.currency).toBe('KRW')
    expect(joined.groups[0]).toMatchObject({ key: groupKey(LAMBDA), currentKrw: '1385.2', previousKrw: null })
    expect(joined.total).toMatchObject({ currentUsd: '1', currentKrw: '1385.2' })
    expect(joined.notes).toEqual([
      'No KRW rate is recorded for 2026-10: won amounts that include that month are not shown.',
    ])
    expect(() => withKrwTwins({ notes: [], total: {}, groups: [{ key: groupKey(S3) }] }, twins)).toThrow(
      /No won were summed/,
    )
  })
})
