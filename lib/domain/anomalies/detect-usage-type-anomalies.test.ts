import { describe, expect, it } from 'vitest'
import { eachDay } from '@/lib/domain/calendar'
import { detectUsageTypeAnomalies, type UsageTypeSeries } from './detect-usage-type-anomalies'

const days = eachDay('2026-06-01', '2026-09-30')
const window = { from: '2026-08-01', to: '2026-09-30', hourlyFrom: null }
const wobble = (index: number) => 1 + 0.04 * Math.sin(index * 1.7)

function series(
  usageType: string,
  service: string,
  cost: (day: string, index: number) => number,
  quantity = cost,
): UsageTypeSeries {
  return {
    accountId: '123456789012',
    service,
    usageType,
    region: 'ap-northeast-2',
    days: days
      .map((day, index) => ({ day, costUsd: cost(day, index).toFixed(6), quantity: quantity(day, index).toFixed(6) }))
      .filter((row) => Number(row.costUsd) > 0 || Number(row.quantity) > 0),
  }
}

describe('detectUsageTypeAnomalies', () => {
  it('reports a NAT gateway day at 3.5× its usual cost, and nothing on ordinary days', () => {
    const nat = series('APN2-NatGateway-Bytes', 'EC2 - Other', (day, index) =>
      day === '2026-09-10' ? 10 : 2.83 * wobble(index),
    )
    const [spike, ...rest] = detectUsageTypeAnomalies(nat, window)
    expect(rest).toEqual([])
    expect([spike!.periodStart, spike!.periodEnd]).toEqual(['2026-09-10T00:00:00.000Z', '2026-09-11T00:00:00.000Z'])
    expect(spike!).toMatchObject({
      kind: 'cost_spike',
      functionName: null,
      usageType: 'APN2-NatGateway-Bytes',
      service: 'EC2 - Other',
    })
    expect(spike!.explanation).toMatch(
      /^APN2-NatGateway-Bytes \(EC2 - Other, account 123456789012\) cost \$10\.00 on 10 Sep 2026/,
    )
  })

  it('judges Lambda duration at list price, so the free tier running out mid-month is not a spike', () => {
    // 60,000 GB-s a day: the 400,000 GB-s free tier covers the first days of each month, billed cost jumps after.
    const gbSeconds = (_day: string, index: number) => 60_000 * wobble(index)
    const billed = (day: string, index: number) =>
      Number(day.slice(8)) <= 6 ? 0 : gbSeconds(day, index) * 0.0000133334
    expect(
      detectUsageTypeAnomalies(series('APN2-Lambda-GB-Second-ARM', 'AWS Lambda', billed, gbSeconds), window),
    ).toEqual([])
  })

  // 30,000 GB-s of Arm duration a day in Seoul ($0.40 at $0.0000133334): the 400,000 GB-s free tier covers the first
  // 13 days of each month, a third of day 14, and the bill starts there.
  const GB_SECONDS_A_DAY = 30_000
  const billedAfterFreeTier = (day: string) => {
    const freeLeft = Math.max(0, 400_000 - (Number(day.slice(8)) - 1) * GB_SECONDS_A_DAY)
    return Math.max(0, GB_SECONDS_A_DAY - freeLeft) * 0.0000133334
  }

  it('the free tier running out is a spike when judged at billed cost, and not for Lambda, judged at list price', () => {
    // The control: the same amounts under another service are judged as billed, and the bill starting is a spike each month.
    const billed = detectUsageTypeAnomalies(
      series('APN2-Other-Meter', 'Amazon CloudWatch', billedAfterFreeTier, () => GB_SECONDS_A_DAY),
      window,
    )
    expect(billed.map((anomaly) => anomaly.periodStart.slice(0, 10))).toEqual(['2026-08-14', '2026-09-14'])
    expect(billed.every((anomaly) => anomaly.evidence.pricedAt === 'billed cost')).toBe(true)
    expect(
      detectUsageTypeAnomalies(
        series('APN2-Lambda-GB-Second-ARM', 'AWS Lambda', billedAfterFreeTier, () => GB_SECONDS_A_DAY),
        window,
      ),
    ).toEqual([])
  })

  it('a Lambda duration spike inside the free tier is still a spike, at list price', () => {
    const gbSeconds = (day: string) => (day === '2026-09-10' ? 5 * GB_SECONDS_A_DAY : GB_SECONDS_A_DAY)
    const [spike, ...rest] = detectUsageTypeAnomalies(
      series('APN2-Lambda-GB-Second-ARM', 'AWS Lambda', billedAfterFreeTier, gbSeconds),
      window,
    )
    expect(rest).toEqual([])
    // Billed $0 that day (free tier); at list price 150,000 GB-s × $0.0000133334 = $2.00001 against 30,000 × the same = $0.400002.
    expect(spike!.periodStart).toBe('2026-09-10T00:00:00.000Z')
    expect(spike!.evidence).toMatchObject({
      actualUsd: '2.00001',
      expectedUsd: '0.400002',
      pricedAt: 'list price before the free tier',
    })
    expect(spike!.impactUsd.toFixed()).toBe('1.600008')
  })

  it('judges other Lambda meters, and regions without a rate, at billed cost', () => {
    const cost = (day: string) => (day === '2026-09-10' ? 10 : 2)
    const provisioned = detectUsageTypeAnomalies(
      series('APN2-Lambda-Provisioned-Concurrency', 'AWS Lambda', cost, () => 1),
      window,
    )
    expect(
      provisioned.map((anomaly) => [anomaly.periodStart, anomaly.evidence.actualUsd, anomaly.evidence.pricedAt]),
    ).toEqual([['2026-09-10T00:00:00.000Z', '10', 'billed cost']])
    // The rate card has no Lambda rates for Stockholm (eu-north-1).
    const unpriced = detectUsageTypeAnomalies(
      series('EUN1-Lambda-GB-Second', 'AWS Lambda', cost, () => 1),
      window,
    )
    expect(
      unpriced.map((anomaly) => [anomaly.periodStart, anomaly.evidence.actualUsd, anomaly.evidence.pricedAt]),
    ).toEqual([['2026-09-10T00:00:00.000Z', '10', 'billed cost']])
  })

  it('a level that lasts becomes the new normal: 14 days of spikes are kept out of the baselines, later ones are not', () => {
    // $1 a day, then $3 from 17 Aug on. The first 14 spike days are skipped by later baselines; from the 15th on they
    // count, and four weeks after the step the same weekdays read [$3, $3, (skipped), (skipped), $1, $1]: median $2,
    // and $3 is not twice that. Without the rule the spike would last to the end of the window.
    const step = detectUsageTypeAnomalies(
      series('APN2-NatGateway-Hours', 'EC2 - Other', (day) => (day >= '2026-08-17' ? 3 : 1)),
      window,
    )
    expect(step.map((anomaly) => [anomaly.periodStart, anomaly.periodEnd])).toEqual([
      ['2026-08-17T00:00:00.000Z', '2026-09-14T00:00:00.000Z'],
    ])
    expect(step[0]!.evidence.days).toBe(28)
  })

  it('compares weekdays with weekdays: a server that sleeps at weekends is not a spike every Monday', () => {
    const office = series('APN2-BoxUsage:t4g.small', 'Amazon Elastic Compute Cloud - Compute', (day) =>
      [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) ? 0 : 0.26,
    )
    expect(detectUsageTypeAnomalies(office, window)).toEqual([])
  })
})
