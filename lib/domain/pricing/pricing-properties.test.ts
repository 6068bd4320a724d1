import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Architecture } from '../functions/function-config'
import { Decimal, sum } from '../money'
import { estimateFunctionCost } from './estimate-function-cost'
import { LAMBDA_FREE_TIER } from './free-tier'
import { priceAccountMonth } from './price-account-month'
import { priceLambdaUsage, type LambdaUsage } from './price-lambda-usage'

const runs = { seed: 20_260_801, numRuns: 500 }
const TIER_1_END = 6_000_000_000

const region = fc.constantFrom('us-east-1', 'ap-northeast-2')
const architecture = fc.constantFrom<Architecture>('x86_64', 'arm64')
const count = fc.integer({ min: 0, max: 50_000_000 })
// Micro-GB-s resolution (finer than any bill, within Decimal precision); at most 1e9 each, so two usages stay in tier 1.
const gbSeconds = fc.integer({ min: 0, max: 1e15 }).map((micro) => new Decimal(micro).div(1e6))
const usage = fc.record({
  region,
  architecture,
  requests: count,
  durationGbSeconds: gbSeconds,
  initGbSeconds: gbSeconds,
  ephemeralStorageGbSeconds: gbSeconds,
})
const withFreeTier = fc.boolean()

const price = (value: LambdaUsage, freeTier: boolean, tierGbSecondsBefore = 0) =>
  priceLambdaUsage(value, { ...(freeTier ? { freeTierRemaining: LAMBDA_FREE_TIER } : {}), tierGbSecondsBefore })
    .totalUsd

describe('pricing properties', () => {
  it('more requests or duration never costs less', () => {
    fc.assert(
      fc.property(usage, count, gbSeconds, withFreeTier, (value, moreRequests, moreGbSeconds, freeTier) => {
        const before = price(value, freeTier)
        expect(price({ ...value, requests: value.requests + moreRequests }, freeTier).gte(before)).toBe(true)
        expect(
          price({ ...value, durationGbSeconds: value.durationGbSeconds.plus(moreGbSeconds) }, freeTier).gte(before),
        ).toBe(true)
      }),
      runs,
    )
  })

  it('more memory never costs less', () => {
    const metrics = fc.record({
      invocations: fc.integer({ min: 0, max: 10_000_000 }),
      durationSumMs: fc.double({ min: 0, max: 1e10, noNaN: true }),
      initDurationSumMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
    })
    fc.assert(
      fc.property(
        metrics,
        fc.integer({ min: 128, max: 10_240 }),
        fc.integer({ min: 0, max: 4096 }),
        architecture,
        (sample, memoryMb, extraMb, arch) => {
          const cost = (memory: number) =>
            estimateFunctionCost({
              region: 'us-east-1',
              metrics: sample,
              config: { memoryMb: memory, architecture: arch, ephemeralStorageMb: 512, provisionedConcurrency: 1 },
              periodSeconds: 86_400,
            }).totalUsd
          expect(cost(memoryMb + extraMb).gte(cost(memoryMb))).toBe(true)
        },
      ),
      runs,
    )
  })

  it('pricing two periods separately equals pricing them together when no free tier or tier boundary is involved', () => {
    fc.assert(
      fc.property(usage, usage, (first, second) => {
        const together: LambdaUsage = {
          ...first,
          requests: first.requests + second.requests,
          durationGbSeconds: first.durationGbSeconds.plus(second.durationGbSeconds),
          initGbSeconds: first.initGbSeconds.plus(second.initGbSeconds),
          ephemeralStorageGbSeconds: first.ephemeralStorageGbSeconds.plus(second.ephemeralStorageGbSeconds),
        }
        const secondSameLadder = { ...second, region: first.region, architecture: first.architecture }
        expect(price(first, false).plus(price(secondSameLadder, false)).equals(price(together, false))).toBe(true)
      }),
      runs,
    )
  })

  it('priceAccountMonth applies the free tier once: days priced apart equal the month priced whole', () => {
    fc.assert(
      fc.property(
        region,
        architecture,
        fc.array(
          fc.record({
            requests: fc.integer({ min: 0, max: 2_000_000 }),
            durationGbSeconds: fc.integer({ min: 0, max: 3_000_000_000 }),
          }),
          { minLength: 1, maxLength: 31 },
        ),
        (where, arch, days) => {
          const daily = days.map((day, index) => ({
            region: where,
            architecture: arch,
            ...day,
            usageDate: `2026-08-${String(index + 1).padStart(2, '0')}`,
          }))
          const month = {
            region: where,
            architecture: arch,
            requests: sum(days.map((day) => day.requests)),
            durationGbSeconds: sum(days.map((day) => day.durationGbSeconds)),
          }
          expect(
            priceAccountMonth(daily, { includeFreeTier: true }).totalUsd.equals(
              priceAccountMonth([month], { includeFreeTier: true }).totalUsd,
            ),
          ).toBe(true)
        },
      ),
      runs,
    )
  })

  it('priceAccountMonth never gives away more than one free tier, across regions and architectures', () => {
    const usages = fc.array(
      fc.record({
        region,
        architecture,
        requests: fc.integer({ min: 0, max: 800_000 }),
        durationGbSeconds: fc.integer({ min: 0, max: 300_000 }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    fc.assert(
      fc.property(usages, (month) => {
        const billable = (meter: string) =>
          sum(
            priceAccountMonth(month, { includeFreeTier: true })
              .lineItems.filter((item) => item.meter === meter)
              .map((item) => item.quantity),
          )
        const requests = sum(month.map((item) => item.requests))
        const gbs = sum(month.map((item) => item.durationGbSeconds))
        expect(requests.minus(billable('request')).equals(Decimal.min(requests, LAMBDA_FREE_TIER.requests))).toBe(true)
        expect(gbs.minus(billable('duration')).equals(Decimal.min(gbs, LAMBDA_FREE_TIER.gbSeconds))).toBe(true)
      }),
      runs,
    )
  })

  it('prices continuously across the 6 billion GB-s tier boundary', () => {
    const near = fc.integer({ min: -2_000_000, max: 2_000_000 })
    fc.assert(
      fc.property(near, fc.integer({ min: 0, max: 1_000_000 }), (offset, extra) => {
        const at = (total: number) =>
          price({ region: 'us-east-1', architecture: 'x86_64', requests: 0, durationGbSeconds: total }, false)
        const start = TIER_1_END + offset
        const step = at(start + extra).minus(at(start))
        // Every added GB-s costs between the tier-2 and tier-1 price, so there is no jump at the boundary.
        expect(step.gte(new Decimal('0.000015').times(extra))).toBe(true)
        expect(step.lte(new Decimal('0.0000166667').times(extra))).toBe(true)
        const expected =
          start <= TIER_1_END
            ? new Decimal(start).times('0.0000166667')
            : new Decimal(TIER_1_END).times('0.0000166667').plus(new Decimal(start - TIER_1_END).times('0.000015'))
        expect(at(start).equals(expected)).toBe(true)
      }),
      runs,
    )
  })

  it('prices the same whether usage enters the ladder in one piece or after earlier usage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000_000_000 }),
        fc.integer({ min: 0, max: 20_000_000_000 }),
        architecture,
        (before, amount, arch) => {
          const at = (gbs: number, tierGbSecondsBefore = 0) =>
            price(
              { region: 'us-east-1', architecture: arch, requests: 0, durationGbSeconds: gbs },
              false,
              tierGbSecondsBefore,
            )
          expect(
            at(before)
              .plus(at(amount, before))
              .equals(at(before + amount)),
          ).toBe(true)
        },
      ),
      runs,
    )
  })

  it('is never negative and never NaN', () => {
    const doubles = fc.double({ min: 0, max: 1e12, noNaN: true })
    const rough = fc.record({
      region,
      architecture,
      requests: doubles,
      durationGbSeconds: doubles,
      initGbSeconds: doubles,
      ephemeralStorageGbSeconds: doubles,
    })
    fc.assert(
      fc.property(rough, withFreeTier, fc.double({ min: 0, max: 3e10, noNaN: true }), (value, freeTier, before) => {
        const { lineItems, totalUsd } = priceLambdaUsage(value, {
          ...(freeTier ? { freeTierRemaining: LAMBDA_FREE_TIER } : {}),
          tierGbSecondsBefore: before,
        })
        for (const item of [...lineItems.map((line) => line.costUsd), totalUsd]) {
          expect(item.isNaN()).toBe(false)
          expect(item.isNegative()).toBe(false)
        }
      }),
      runs,
    )
  })
})
