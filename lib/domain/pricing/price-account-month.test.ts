import { describe, expect, it } from 'vitest'
import { sum } from '../money'
import { priceAccountMonth } from './price-account-month'
import type { LambdaUsage } from './price-lambda-usage'

const x86 = (durationGbSeconds: number, usageDate?: string): LambdaUsage => ({
  region: 'us-east-1',
  architecture: 'x86_64',
  requests: 0,
  durationGbSeconds,
  usageDate,
})
const seoulArm = (durationGbSeconds: number, usageDate?: string): LambdaUsage => ({
  region: 'ap-northeast-2',
  architecture: 'arm64',
  requests: 0,
  durationGbSeconds,
  usageDate,
})
const durationLines = (usages: LambdaUsage[], includeFreeTier = true) =>
  priceAccountMonth(usages, { includeFreeTier })
    .lineItems.filter((item) => item.meter === 'duration')
    .map((item) => [item.label, item.quantity.toFixed()])

describe('priceAccountMonth', () => {
  it('applies the free tier once across regions and architectures', () => {
    expect(durationLines([x86(300_000, '2026-08-01'), seoulArm(300_000, '2026-08-02')])).toEqual([
      ['us-east-1 x86_64 2026-08-01: Duration', '0'],
      ['ap-northeast-2 arm64 2026-08-02: Duration', '200000'],
    ])
  })

  it('draws the free tier down chronologically by usage date, whatever the input order', () => {
    expect(durationLines([x86(300_000, '2026-08-02'), seoulArm(300_000, '2026-08-01')])).toEqual([
      ['ap-northeast-2 arm64 2026-08-01: Duration', '0'],
      ['us-east-1 x86_64 2026-08-02: Duration', '200000'],
    ])
  })

  it('puts undated usage first and keeps input order among equal dates', () => {
    expect(
      durationLines([x86(1, '2026-08-01'), seoulArm(2), x86(3, '2026-08-01'), seoulArm(4)], false).map(
        ([label]) => label,
      ),
    ).toEqual([
      'ap-northeast-2 arm64: Duration',
      'ap-northeast-2 arm64: Duration',
      'us-east-1 x86_64 2026-08-01: Duration',
      'us-east-1 x86_64 2026-08-01: Duration',
    ])
  })

  it('applies no free tier when asked not to', () => {
    const { totalUsd } = priceAccountMonth([x86(300_000)], { includeFreeTier: false })
    expect(totalUsd.toFixed()).toBe('5.00001')
  })

  it('climbs the duration tiers per region and architecture across the month', () => {
    const month = [x86(4e9, '2026-08-01'), seoulArm(4e9, '2026-08-01'), x86(4e9, '2026-08-02')]
    expect(durationLines(month, false)).toEqual([
      ['us-east-1 x86_64 2026-08-01: Duration', '4000000000'],
      ['ap-northeast-2 arm64 2026-08-01: Duration', '4000000000'],
      ['us-east-1 x86_64 2026-08-02: Duration, tier 1', '2000000000'],
      ['us-east-1 x86_64 2026-08-02: Duration, tier 2', '2000000000'],
    ])
  })

  it('prices a month split into days the same as the month in one piece (one region and architecture)', () => {
    const days = Array.from({ length: 30 }, (_, day) => ({
      ...x86(20_000, `2026-08-${String(day + 1).padStart(2, '0')}`),
      requests: 50_000,
    }))
    const whole = priceAccountMonth([{ ...x86(600_000), requests: 1_500_000 }], { includeFreeTier: true })
    const split = priceAccountMonth(days, { includeFreeTier: true })
    expect(split.totalUsd.equals(whole.totalUsd)).toBe(true)
    expect(sum(split.lineItems.map((item) => item.costUsd)).equals(split.totalUsd)).toBe(true)
  })
})
