import { describe, expect, it } from 'vitest'
import { eachDay } from '@/lib/domain/calendar'
import { detectUsageTypeAnomalies, type UsageTypeSeries } from './detect-usage-type-anomalies'

const days = eachDay('2026-06-01', '2026-09-30')
const window = { from: '2026-08-01', to: '2026-09-30', hourlyFrom: null }
const wobble = (index: number) => 1 + 0.04 * Math.sin(index * 1.7)

function series(usageType: string, service: string, cost: (day: string, index: number) => number, quantity = cost): UsageTypeSeries {
  return {
    accountId: '123456789012',
    service,
    usageType,
    region: 'ap-northeast-2',
    days: days.map((day, index) => ({ day, costUsd: cost(day, index).toFixed(6), quantity: quantity(day, index).toFixed(6) })).filter((row) => Number(row.costUsd) > 0 || Number(row.quantity) > 0),
  }
}

describe('detectUsageTypeAnomalies', () => {
  it('reports a NAT gateway day at 3.5× its usual cost, and nothing on ordinary days', () => {
    const nat = series('APN2-NatGateway-Bytes', 'EC2 - Other', (day, index) => (day === '2026-09-10' ? 10 : 2.83 * wobble(index)))
    const [spike, ...rest] = detectUsageTypeAnomalies(nat, window)
    expect(rest).toEqual([])
    expect([spike!.periodStart, spike!.periodEnd]).toEqual(['2026-09-10T00:00:00.000Z', '2026-09-11T00:00:00.000Z'])
    expect(spike!).toMatchObject({ kind: 'cost_spike', functionName: null, usageType: 'APN2-NatGateway-Bytes', service: 'EC2 - Other' })
    expect(spike!.explanation).toMatch(/^APN2-NatGateway-Bytes \(EC2 - Other, account 123456789012\) cost \$10\.00 on 10 Sep 2026/)
  })

  it('judges Lambda duration at list price, so the free tier running out mid-month is not a spike', () => {
    // 60,000 GB-s a day: the 400,000 GB-s free tier covers the first days of each month, billed cost jumps after.
    const gbSeconds = (_day: string, index: number) => 60_000 * wobble(index)
    const billed = (day: string, index: number) => (Number(day.slice(8)) <= 6 ? 0 : gbSeconds(day, index) * 0.0000133334)
    expect(detectUsageTypeAnomalies(series('APN2-Lambda-GB-Second-ARM', 'AWS Lambda', billed, gbSeconds), window)).toEqual([])
  })

  it('compares weekdays with weekdays: a server that sleeps at weekends is not a spike every Monday', () => {
    const office = series('APN2-BoxUsage:t4g.small', 'Amazon Elastic Compute Cloud - Compute', (day) => ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) ? 0 : 0.26))
    expect(detectUsageTypeAnomalies(office, window)).toEqual([])
  })
})
