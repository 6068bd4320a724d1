import { describe, expect, it } from 'vitest'
import { Decimal } from '../money'
import { LAMBDA_FREE_TIER } from './free-tier'
import { priceLambdaUsage } from './price-lambda-usage'
import { MissingRateError } from './missing-rate-error'

const base = { region: 'us-east-1', architecture: 'x86_64' as const }

describe('priceLambdaUsage', () => {
  it('prices requests and duration with a formula that shows the numbers', () => {
    const { lineItems, totalUsd } = priceLambdaUsage({ ...base, requests: 2_000_000, durationGbSeconds: 140_000 })
    expect(
      lineItems.map(({ label, meter, quantity, unit, formula }) => ({
        label,
        meter,
        quantity: quantity.toFixed(),
        unit,
        formula,
      })),
    ).toEqual([
      {
        label: 'Requests',
        meter: 'request',
        quantity: '2000000',
        unit: 'requests',
        formula: '2,000,000 requests × $0.0000002',
      },
      {
        label: 'Duration',
        meter: 'duration',
        quantity: '140000',
        unit: 'GB-s',
        formula: '140,000 GB-s × $0.0000166667',
      },
    ])
    expect(totalUsd.toFixed()).toBe('2.733338')
  })

  it('draws the free tier from requests and invoke duration, then INIT, and returns what is left', () => {
    const priced = priceLambdaUsage(
      { ...base, requests: 600_000, durationGbSeconds: 300_000, initGbSeconds: 150_000 },
      { freeTierRemaining: LAMBDA_FREE_TIER },
    )
    expect(priced.lineItems.map((item) => [item.label, item.quantity.toFixed(), item.formula])).toEqual([
      ['Requests', '0', '600,000 requests − 600,000 requests free tier = 0 requests × $0.0000002'],
      ['Duration', '0', '300,000 GB-s − 300,000 GB-s free tier = 0 GB-s × $0.0000166667'],
      ['INIT duration (cold starts)', '50000', '150,000 GB-s − 100,000 GB-s free tier = 50,000 GB-s × $0.0000166667'],
    ])
    expect(priced.freeTierRemaining?.requests.toFixed()).toBe('400000')
    expect(priced.freeTierRemaining?.gbSeconds.toFixed()).toBe('0')
    expect(priced.tierGbSecondsAfter.toFixed()).toBe('50000')
  })

  it.each([
    ['2025-07-31', '0.000000', 'INIT duration (cold starts, not billed)'],
    ['2025-08-01', '1.666670', 'INIT duration (cold starts)'],
    [undefined, '1.666670', 'INIT duration (cold starts)'],
  ])('bills INIT of on-demand ZIP functions for usage on %s: $%s', (usageDate, cost, label) => {
    const { lineItems } = priceLambdaUsage({
      ...base,
      requests: 0,
      durationGbSeconds: 0,
      initGbSeconds: 100_000,
      usageDate,
    })
    const init = lineItems.find((item) => item.label === label)!
    expect(init.costUsd.toFixed(6)).toBe(cost)
    if (usageDate === '2025-07-31') expect(init.formula).toContain('billed from 2025-08-01')
  })

  it('splits duration across the monthly tiers from the position already billed', () => {
    const { lineItems } = priceLambdaUsage(
      { ...base, requests: 0, durationGbSeconds: 2_000_000_000 },
      { tierGbSecondsBefore: 5_000_000_000 },
    )
    const duration = lineItems.filter((item) => item.meter === 'duration')
    expect(duration.map((item) => [item.label, item.quantity.toFixed(), item.unitPriceUsd.toFixed()])).toEqual([
      ['Duration, tier 1', '1000000000', '0.0000166667'],
      ['Duration, tier 2', '1000000000', '0.000015'],
    ])
    expect(duration[1]!.formula).toBe(
      '2,000,000,000 GB-s, of which 1,000,000,000 GB-s in tier 2 (6,000,000,000 to 15,000,000,000 GB-s a month) × $0.000015',
    )
  })

  it('uses the Arm tier boundaries (7.5 billion GB-s)', () => {
    const { lineItems } = priceLambdaUsage(
      { ...base, architecture: 'arm64', requests: 0, durationGbSeconds: 1 },
      { tierGbSecondsBefore: '7500000000' },
    )
    expect(lineItems[1]!.formula).toBe('1 GB-s × $0.0000120001 (tier 2: 7,500,000,000 to 18,750,000,000 GB-s a month)')
    const above = priceLambdaUsage(
      { ...base, architecture: 'arm64', requests: 0, durationGbSeconds: 1 },
      { tierGbSecondsBefore: '20000000000' },
    )
    expect(above.lineItems[1]!.formula).toBe('1 GB-s × $0.0000106667 (tier 3: above 18,750,000,000 GB-s a month)')
  })

  it('adds optional meters only when used, so a region without that rate still prices the rest', () => {
    const seoulArm = { region: 'ap-northeast-2', architecture: 'arm64' as const, requests: 1000, durationGbSeconds: 10 }
    expect(priceLambdaUsage(seoulArm).lineItems).toHaveLength(2)
    expect(() => priceLambdaUsage({ ...seoulArm, snapStartCacheGbSeconds: 1 })).toThrow(MissingRateError)
    expect(() => priceLambdaUsage({ ...seoulArm, snapStartCacheGbSeconds: 1 })).toThrow(
      'No rate for snapstart_cache arm64 in ap-northeast-2 (rate card 2026-08-01)',
    )
  })

  it('prefixes labels and formulas with the caller’s derivation', () => {
    const { lineItems } = priceLambdaUsage(
      { ...base, architecture: 'arm64', requests: 43_200, durationGbSeconds: 864_000 },
      { labelPrefix: 'Pings: ', derivations: { duration: '43,200 pings × 10 s × 2 GB' } },
    )
    expect(lineItems[1]).toMatchObject({
      label: 'Pings: Duration',
      formula: '43,200 pings × 10 s × 2 GB = 864,000 GB-s × $0.0000133334',
    })
  })

  it.each(['requests', 'durationGbSeconds', 'initGbSeconds', 'ephemeralStorageGbSeconds'])(
    'rejects a negative %s by name',
    (field) => {
      expect(() => priceLambdaUsage({ ...base, requests: 0, durationGbSeconds: 0, [field]: -1 })).toThrow(
        `${field} must not be negative`,
      )
    },
  )

  it('keeps full precision (no rounding inside the engine)', () => {
    const { totalUsd } = priceLambdaUsage({ ...base, requests: 1, durationGbSeconds: '0.125' })
    expect(totalUsd.equals(new Decimal('0.0000002').plus(new Decimal('0.125').times('0.0000166667')))).toBe(true)
    expect(totalUsd.toFixed()).toBe('0.0000022833375')
  })
})

describe('priceLambdaUsage at a tier boundary', () => {
  it('shows the next tier’s price for zero usage that starts exactly at a boundary', () => {
    const { lineItems } = priceLambdaUsage(
      { ...base, requests: 0, durationGbSeconds: 0 },
      { tierGbSecondsBefore: 6_000_000_000 },
    )
    expect(lineItems[1]!.unitPriceUsd.toFixed()).toBe('0.000015')
  })
})

describe('priceLambdaUsage without formulas', () => {
  it('prices the same and leaves formulas empty', () => {
    const usage = {
      ...base,
      requests: 3_000_000,
      durationGbSeconds: 540_000,
      initGbSeconds: 1000,
      ephemeralStorageGbSeconds: 10,
    }
    const withText = priceLambdaUsage(usage, { freeTierRemaining: LAMBDA_FREE_TIER })
    const bare = priceLambdaUsage(usage, { freeTierRemaining: LAMBDA_FREE_TIER, formulas: false })
    expect(bare.totalUsd.equals(withText.totalUsd)).toBe(true)
    expect(bare.lineItems.map((item) => item.formula)).toEqual(['', '', '', ''])
    expect(withText.lineItems.every((item) => item.formula.length > 0)).toBe(true)
  })
})
