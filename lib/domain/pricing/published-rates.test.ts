import { describe, expect, it } from 'vitest'
import type { Architecture } from '../functions/function-config'
import oracle from './__fixtures__/lambda-pricing-worked-examples.official.json'
import { LAMBDA_FREE_TIER } from './free-tier'
import { initBilledFrom } from './init-billing'
import { RATE_CARD } from './rate-card'
import { ratePlan, regionInstancePrices } from './rate-plan'
import type { LambdaMeter } from './types'

// Every rate, tier boundary and allowance in the rate card, pinned by hand against the price AWS publishes, with
// where it was read. The expected values are written here, not read from the card: the card is only listed, so a
// rate that changes, or one added without a pin, fails. Sources (docs/aws-facts.md tags):
const PAGE = 'https://aws.amazon.com/lambda/pricing/ (S13)'
const PRICE_LIST = 'AWS Price List API, AWSLambda offer, as copied by third parties (S22)'
const CALCULATOR = 'calculator.aws metered-unit map for Lambda, as copied by third parties (S21)'
const INIT_BLOG = 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/ (S14)'
const EC2_TABLES = 'https://aws.amazon.com/ec2/pricing/on-demand/, as copied in third-party tables (S27, aws-facts §5)'
const NO_SOURCE = 'no source: assumed or believed, marked unconfirmed in the card'

type LambdaItem = Exclude<LambdaMeter, 'duration'> | `duration tier ${1 | 2 | 3}` | `tier ${1 | 2} ends at GB-s`
type Pin = { region: string; architecture: Architecture; item: LambdaItem; usd: string; source: string }

const pin = (region: string, architecture: Architecture, source: string, values: Partial<Record<LambdaItem, string>>): Pin[] =>
  Object.entries(values).map(([item, usd]) => ({ region, architecture, item: item as LambdaItem, usd: usd!, source }))

const LAMBDA: Pin[] = [
  ...pin('us-east-1', 'x86_64', PAGE, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    'tier 1 ends at GB-s': '6000000000',
    provisioned_concurrency: '0.0000041667',
    provisioned_duration: '0.0000097222',
    ephemeral_storage: '0.0000000309',
    snapstart_cache: '0.0000015046',
    snapstart_restore: '0.0001397998',
  }),
  ...pin('us-east-1', 'x86_64', PRICE_LIST, { 'duration tier 2': '0.000015', 'tier 2 ends at GB-s': '15000000000', 'duration tier 3': '0.0000133334' }),
  ...pin('us-east-1', 'arm64', PAGE, { request: '0.0000002', 'duration tier 1': '0.0000133334', 'tier 1 ends at GB-s': '7500000000' }),
  ...pin('us-east-1', 'arm64', PRICE_LIST, {
    'duration tier 2': '0.0000120001',
    'tier 2 ends at GB-s': '18750000000',
    'duration tier 3': '0.0000106667',
    provisioned_concurrency: '0.0000033334',
    provisioned_duration: '0.0000077778',
    ephemeral_storage: '0.0000000309',
  }),
  ...pin('us-east-1', 'arm64', NO_SOURCE, { snapstart_cache: '0.0000015046', snapstart_restore: '0.0001397998' }),
  ...pin('ap-northeast-2', 'x86_64', CALCULATOR, {
    request: '0.0000002',
    'duration tier 1': '0.0000166667',
    provisioned_concurrency: '0.0000051254',
    provisioned_duration: '0.0000119592',
    ephemeral_storage: '0.0000000352',
  }),
  ...pin('ap-northeast-2', 'x86_64', NO_SOURCE, { 'tier 1 ends at GB-s': '6000000000', 'duration tier 2': '0.000015', 'tier 2 ends at GB-s': '15000000000', 'duration tier 3': '0.0000133334' }),
  ...pin('ap-northeast-2', 'arm64', CALCULATOR, { request: '0.0000002', 'duration tier 1': '0.0000133334', ephemeral_storage: '0.0000000352' }),
  ...pin('ap-northeast-2', 'arm64', NO_SOURCE, { 'tier 1 ends at GB-s': '7500000000', 'duration tier 2': '0.0000120001', 'tier 2 ends at GB-s': '18750000000', 'duration tier 3': '0.0000106667' }),
]

/** [region, instance type, USD an hour, source]: on-demand Linux, shared tenancy. */
const EC2: [string, string, string, string][] = [
  ['us-east-1', 't4g.nano', '0.0042', EC2_TABLES],
  ['us-east-1', 't4g.micro', '0.0084', EC2_TABLES],
  ['us-east-1', 't4g.small', '0.0168', EC2_TABLES],
  ['us-east-1', 't4g.medium', '0.0336', EC2_TABLES],
  ['us-east-1', 't4g.large', '0.0672', EC2_TABLES],
  ['us-east-1', 't3.small', '0.0208', EC2_TABLES],
  ['us-east-1', 'm6g.large', '0.077', EC2_TABLES],
  ['us-east-1', 'm6g.12xlarge', '1.848', EC2_TABLES],
  ['us-east-1', 'c7g.large', '0.0725', EC2_TABLES],
  ['ap-northeast-2', 't4g.nano', '0.0052', EC2_TABLES],
  ['ap-northeast-2', 't4g.micro', '0.0104', EC2_TABLES],
  ['ap-northeast-2', 't4g.small', '0.0208', EC2_TABLES],
  ['ap-northeast-2', 't4g.medium', '0.0416', EC2_TABLES],
  ['ap-northeast-2', 't4g.large', '0.0832', EC2_TABLES],
  ['ap-northeast-2', 't3.small', '0.026', EC2_TABLES],
  ['ap-northeast-2', 'm6g.large', '0.094', NO_SOURCE],
  ['ap-northeast-2', 'm6g.12xlarge', '2.256', NO_SOURCE],
  ['ap-northeast-2', 'c7g.large', '0.0888', NO_SOURCE],
]

function priced(region: string, architecture: Architecture, item: LambdaItem): string {
  const plan = ratePlan(region, architecture)
  const tier = /^duration tier (\d)$/.exec(item)
  if (tier) return plan.durationTiers()[Number(tier[1]) - 1]!.priceUsd.toFixed()
  const end = /^tier (\d) ends at GB-s$/.exec(item)
  if (end) return plan.durationTiers()[Number(end[1]) - 1]!.upToGbSeconds!.toFixed()
  return plan.rate(item as LambdaMeter).toFixed()
}

/** What the card holds, named as the pins name it (the card is listed, never used as an expected value). */
function cardItems(): string[] {
  const items: string[] = []
  for (const [region, byArchitecture] of Object.entries(RATE_CARD.lambda)) {
    for (const [architecture, { durationTiers = [], ...flat }] of Object.entries(byArchitecture)) {
      durationTiers.forEach((tier, index) => {
        items.push(`${region} ${architecture} duration tier ${index + 1}`)
        if (tier.upToGbSeconds !== null) items.push(`${region} ${architecture} tier ${index + 1} ends at GB-s`)
      })
      for (const meter of Object.keys(flat)) items.push(`${region} ${architecture} ${meter}`)
    }
  }
  for (const [region, prices] of Object.entries(RATE_CARD.ec2Hourly)) for (const instanceType of Object.keys(prices)) items.push(`${region} EC2 ${instanceType}`)
  return items.sort()
}

describe('the rate card against the prices AWS publishes', () => {
  it.each(LAMBDA.map((row) => [`${row.region} ${row.architecture} ${row.item}`, row] as const))('%s', (_name, row) => {
    expect(priced(row.region, row.architecture, row.item), row.source).toBe(row.usd)
  })

  it.each(EC2)('EC2 %s %s is $%s an hour', (region, instanceType, usd, source) => {
    expect(regionInstancePrices(region).hourly(instanceType).toFixed(), source).toBe(usd)
  })

  it('pins every rate and tier boundary the card holds, and nothing it does not', () => {
    const pinned = [...LAMBDA.map((row) => `${row.region} ${row.architecture} ${row.item}`), ...EC2.map(([region, instanceType]) => `${region} EC2 ${instanceType}`)].sort()
    expect(cardItems()).toEqual(pinned)
  })

  it('the free tier is 1,000,000 requests and 400,000 GB-s a month, and INIT is billed from 2025-08-01', () => {
    // PAGE: "The free tier includes one million requests and 400,000 GB-seconds per month." INIT_BLOG: "Effective
    // August 1, 2025, AWS will standardize billing for the initialization (INIT) phase".
    expect(LAMBDA_FREE_TIER.requests.toFixed()).toBe('1000000')
    expect(LAMBDA_FREE_TIER.gbSeconds.toFixed()).toBe('400000')
    expect(initBilledFrom(), INIT_BLOG).toBe('2025-08-01')
  })

  it('the us-east-1 pins are the rates AWS used in its own worked examples (the official fixture)', () => {
    const rates = oracle.rates_used_in_examples_usd
    const usEast1 = (architecture: Architecture, item: LambdaItem) => Number(LAMBDA.find((row) => row.region === 'us-east-1' && row.architecture === architecture && row.item === item)!.usd)
    expect(usEast1('x86_64', 'request')).toBe(rates.request)
    expect(usEast1('x86_64', 'duration tier 1')).toBe(rates.x86_gb_s_tier1)
    expect(usEast1('arm64', 'duration tier 1')).toBe(rates.arm_gb_s_tier1)
    expect(usEast1('x86_64', 'provisioned_concurrency')).toBe(rates.provisioned_concurrency_gb_s_x86)
    expect(usEast1('x86_64', 'provisioned_duration')).toBe(rates.provisioned_duration_gb_s_x86)
    expect(usEast1('x86_64', 'ephemeral_storage')).toBe(rates.ephemeral_storage_gb_s)
    expect(usEast1('x86_64', 'snapstart_cache')).toBe(rates.snapstart_cache_gb_s)
    expect(usEast1('x86_64', 'snapstart_restore')).toBe(rates.snapstart_restore_gb)
  })
})
