import { describe, expect, it } from 'vitest'
import { roundToCents, sum, type Decimal } from '../money'
import oracle from './__fixtures__/lambda-pricing-worked-examples.official.json'
import { costOfMeter } from './line-item'
import { priceLambdaComponents } from './price-lambda-components'
import { priceLambdaUsage } from './price-lambda-usage'
import type { LineItem } from './types'

// AWS's published Lambda pricing examples (us-east-1, https://aws.amazon.com/lambda/pricing/). AWS rounds each
// component to cents, so each component is compared after roundToCents; totals are the sum of components.
// Not covered (products outside this engine): response-streaming-ssr, tenant-isolation-saas,
// durable-functions-claims, managed-instances-api, lambda-edge (Edge is not modelled), esm-provisioned-kafka-1
// and esm-provisioned-sqs-2 (event-source-mapping EPU-hours).
type Example = {
  id: string
  inputs: Record<string, unknown>
  intermediate: Record<string, number>
  published: Record<string, number>
}
// The JSON's examples differ in shape; the fields each test reads are present in its example.
const examples = oracle.examples as unknown as Example[]
const example = (id: string): Example => examples.find((candidate) => candidate.id === id)!
const published = (id: string) => example(id).published
const intermediate = (id: string, key: string): number => {
  const value = example(id).intermediate[key]
  if (value === undefined) throw new Error(`${id} has no intermediate ${key}`)
  return value
}
const cents = (value: Decimal) => roundToCents(value).toNumber()
const total = (items: LineItem[]) => sum(items.map((item) => item.costUsd))

describe('AWS worked examples (oracle)', () => {
  it('od-1 mobile backend: free tier applied (AWS subtracts 1M requests and 400,000 GB-s)', () => {
    const inputs = example('od-1-mobile-backend').inputs
    expect(inputs.freeTierApplied).toBe(true)
    const { lineItems, totalUsd } = priceLambdaComponents(
      [
        {
          usage: {
            region: 'us-east-1',
            architecture: 'x86_64',
            requests: 3_000_000,
            durationGbSeconds: intermediate('od-1-mobile-backend', 'gbSeconds'),
          },
        },
      ],
      { includeFreeTier: true },
    )
    expect(cents(costOfMeter(lineItems, 'duration'))).toBe(published('od-1-mobile-backend').compute)
    expect(cents(costOfMeter(lineItems, 'request'))).toBe(published('od-1-mobile-backend').requests)
    expect(cents(totalUsd)).toBe(published('od-1-mobile-backend').total)
  })

  it('od-2 telemetry: no free tier', () => {
    expect(example('od-2-telemetry-enrichment').inputs.freeTierApplied).toBe(false)
    const { lineItems, totalUsd } = priceLambdaUsage({
      region: 'us-east-1',
      architecture: 'x86_64',
      requests: 10_000 * 24 * 31,
      durationGbSeconds: 14_880_000,
    })
    expect(cents(costOfMeter(lineItems, 'duration'))).toBe(published('od-2-telemetry-enrichment').compute)
    expect(cents(costOfMeter(lineItems, 'request'))).toBe(published('od-2-telemetry-enrichment').requests)
    expect(cents(totalUsd)).toBe(published('od-2-telemetry-enrichment').total)
  })

  it('od-3 NLP with 2,048 MB ephemeral storage: free tier applied to requests and compute, not storage', () => {
    expect(example('od-3-nlp-with-ephemeral-storage').inputs.freeTierApplied).toBe(true)
    const { lineItems, totalUsd } = priceLambdaComponents(
      [
        {
          usage: {
            region: 'us-east-1',
            architecture: 'x86_64',
            requests: 6_000_000,
            durationGbSeconds: 1_680_000 * 4,
            ephemeralStorageGbSeconds: intermediate('od-3-nlp-with-ephemeral-storage', 'storageGbSeconds'),
          },
        },
      ],
      { includeFreeTier: true },
    )
    const expected = published('od-3-nlp-with-ephemeral-storage')
    expect(cents(costOfMeter(lineItems, 'duration'))).toBe(expected.compute)
    expect(cents(costOfMeter(lineItems, 'request'))).toBe(expected.requests)
    expect(cents(costOfMeter(lineItems, 'ephemeral_storage'))).toBe(expected.ephemeralStorage)
    expect(cents(totalUsd)).toBe(expected.total)
  })

  it('pc-1 mobile launch: free tier on requests and on-demand compute only, as AWS applies it', () => {
    expect(String(example('pc-1-mobile-launch').inputs.freeTierApplied)).toMatch(/requests and on-demand compute only/)
    const { lineItems, totalUsd } = priceLambdaComponents(
      [
        {
          usage: {
            region: 'us-east-1',
            architecture: 'x86_64',
            requests: 3_000_000,
            durationGbSeconds: intermediate('pc-1-mobile-launch', 'odGbSeconds'),
            provisionedConcurrencyGbSeconds: 100 * 1.5 * 8 * 3600, // 4,320,000
            provisionedDurationGbSeconds: intermediate('pc-1-mobile-launch', 'pcDurationGbSeconds'),
          },
        },
      ],
      { includeFreeTier: true },
    )
    const expected = published('pc-1-mobile-launch')
    expect(cents(costOfMeter(lineItems, 'provisioned_concurrency'))).toBe(expected.provisionedConcurrency)
    expect(cents(costOfMeter(lineItems, 'request'))).toBe(expected.requests)
    expect(cents(costOfMeter(lineItems, 'provisioned_duration'))).toBe(expected.durationWhilePc)
    expect(cents(costOfMeter(lineItems, 'duration'))).toBe(expected.durationOnDemand)
    expect(cents(totalUsd)).toBe(expected.total)
  })

  it('pc-2 Cyber Monday: no free tier', () => {
    expect(example('pc-2-cyber-monday-nlp').inputs.freeTierApplied).toBe(false)
    const { lineItems, totalUsd } = priceLambdaUsage({
      region: 'us-east-1',
      architecture: 'x86_64',
      requests: 2_000_000,
      durationGbSeconds: 0,
      provisionedConcurrencyGbSeconds: 7 * 4 * 86_400,
      provisionedDurationGbSeconds: intermediate('pc-2-cyber-monday-nlp', 'pcDurationGbSeconds'),
    })
    const expected = published('pc-2-cyber-monday-nlp')
    expect(cents(costOfMeter(lineItems, 'provisioned_concurrency'))).toBe(expected.provisionedConcurrency)
    expect(cents(costOfMeter(lineItems, 'provisioned_duration'))).toBe(expected.durationWhilePc)
    expect(cents(costOfMeter(lineItems, 'request'))).toBe(expected.requests)
    expect(cents(totalUsd)).toBe(expected.total)
  })

  it('snapstart telemetry: od-2 plus cache and 1% restores, no free tier', () => {
    expect(example('snapstart-telemetry').inputs.freeTierApplied).toBe(false)
    const { lineItems, totalUsd } = priceLambdaUsage({
      region: 'us-east-1',
      architecture: 'x86_64',
      requests: 7_440_000,
      durationGbSeconds: 14_880_000,
      snapStartCacheGbSeconds: 2_678_400,
      snapStartRestoreGb: 74_400,
    })
    const expected = published('snapstart-telemetry')
    expect(cents(costOfMeter(lineItems, 'snapstart_cache'))).toBe(expected.snapstartCache)
    expect(cents(costOfMeter(lineItems, 'snapstart_restore'))).toBe(expected.snapstartRestore)
    expect(cents(total(lineItems.filter((item) => item.meter.startsWith('snapstart'))))).toBe(expected.snapstartTotal)
    expect(cents(costOfMeter(lineItems, 'duration'))).toBe(expected.compute)
    expect(cents(totalUsd)).toBe(expected.total)
  })

  it('uses the rates the examples were computed with', () => {
    const rates = oracle.rates_used_in_examples_usd
    const priced = priceLambdaUsage({
      region: 'us-east-1',
      architecture: 'x86_64',
      requests: 1,
      durationGbSeconds: 1,
      provisionedConcurrencyGbSeconds: 1,
      provisionedDurationGbSeconds: 1,
      ephemeralStorageGbSeconds: 1,
      snapStartCacheGbSeconds: 1,
      snapStartRestoreGb: 1,
    })
    const price = (meter: string) => priced.lineItems.find((item) => item.meter === meter)!.unitPriceUsd.toNumber()
    expect(price('request')).toBe(rates.request)
    expect(price('duration')).toBe(rates.x86_gb_s_tier1)
    expect(price('provisioned_concurrency')).toBe(rates.provisioned_concurrency_gb_s_x86)
    expect(price('provisioned_duration')).toBe(rates.provisioned_duration_gb_s_x86)
    expect(price('ephemeral_storage')).toBe(rates.ephemeral_storage_gb_s)
    expect(price('snapstart_cache')).toBe(rates.snapstart_cache_gb_s)
    expect(price('snapstart_restore')).toBe(rates.snapstart_restore_gb)
  })
})
