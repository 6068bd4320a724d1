import { describe, expect, it } from 'vitest'
import type { Architecture } from '../functions/function-config'
import { MissingRateError } from './missing-rate-error'
import { RATE_CARD, RATE_CARD_VERSION, unverifiedRates } from './rate-card'
import { ec2Offers, lambdaRegions } from './rate-catalog'
import { ratePlan, regionInstancePrices } from './rate-plan'
import { LAMBDA_METERS, type LambdaMeter } from './types'

const lambdaRate = (region: string, architecture: Architecture, meter: LambdaMeter) =>
  ratePlan(region, architecture).rate(meter)
const durationTiers = (region: string, architecture: Architecture) => ratePlan(region, architecture).durationTiers()
const ec2HourlyRate = (region: string, instanceType: string) => regionInstancePrices(region).hourly(instanceType)
const ec2InstanceTypes = ec2Offers

describe('rate card', () => {
  it('is versioned and names a source and the date it was read for every rate', () => {
    expect(RATE_CARD_VERSION).toBe('2026-08-01')
    const lambda = Object.values(RATE_CARD.lambda).flatMap((byArchitecture) => Object.values(byArchitecture))
    const rates = [
      ...lambda.flatMap(({ durationTiers: tiers = [], ...flat }) => [
        ...tiers.map((tier) => tier.rate),
        ...Object.values(flat),
      ]),
      ...Object.values(RATE_CARD.ec2Hourly).flatMap((prices) => Object.values(prices)),
    ]
    expect(rates.length).toBeGreaterThan(40)
    for (const rate of rates) {
      expect(rate.source).toMatch(/^https:\/\//)
      // When the source was read, as a real calendar day: a typo or a placeholder fails here.
      expect(rate.asOf).toMatch(/^20\d\d-\d\d-\d\d$/)
      expect(new Date(`${rate.asOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(rate.asOf)
    }
    expect(lambdaRegions()).toEqual([
      'us-east-1',
      'ap-northeast-2',
      'us-east-2',
      'us-west-2',
      'eu-west-1',
      'eu-central-1',
      'ap-east-1',
      'ap-south-1',
      'ap-northeast-1',
      'ap-northeast-3',
      'ap-southeast-1',
      'ap-southeast-2',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-south-2',
      'ap-southeast-3',
      'ap-southeast-7',
      'ap-east-2',
      'ap-southeast-6',
    ])
  })

  it.each([
    ['us-east-1', 'x86_64', 'request', '0.0000002'],
    ['us-east-1', 'x86_64', 'duration', '0.0000166667'],
    ['us-east-1', 'arm64', 'duration', '0.0000133334'],
    ['us-east-1', 'x86_64', 'provisioned_concurrency', '0.0000041667'],
    ['us-east-1', 'arm64', 'provisioned_duration', '0.0000077778'],
    ['ap-northeast-2', 'x86_64', 'provisioned_concurrency', '0.0000051254'],
    ['ap-northeast-2', 'x86_64', 'provisioned_duration', '0.0000119592'],
    ['ap-northeast-2', 'arm64', 'ephemeral_storage', '0.0000000352'],
  ] as const)('%s %s %s costs %s', (region, architecture, meter, usd) => {
    expect(lambdaRate(region, architecture, meter).toFixed()).toBe(usd)
  })

  it.each([
    [
      'us-east-1',
      'x86_64',
      [
        ['6000000000', '0.0000166667'],
        ['15000000000', '0.000015'],
        [null, '0.0000133334'],
      ],
    ],
    [
      'us-east-1',
      'arm64',
      [
        ['7500000000', '0.0000133334'],
        ['18750000000', '0.0000120001'],
        [null, '0.0000106667'],
      ],
    ],
  ] as const)('%s %s has three monthly duration tiers', (region, architecture, expected) => {
    expect(
      durationTiers(region, architecture).map((tier) => [
        tier.upToGbSeconds?.toFixed() ?? null,
        tier.priceUsd.toFixed(),
      ]),
    ).toEqual(expected)
  })

  it.each([
    ['ap-northeast-2', 'arm64', 'snapstart_cache'],
    ['ap-northeast-2', 'arm64', 'snapstart_restore'],
    ['ap-northeast-2', 'x86_64', 'snapstart_cache'],
    ['sa-east-1', 'x86_64', 'request'],
    ['mars-1', 'arm64', 'duration'],
  ] as const)('has no %s %s %s rate and says so by name', (region, architecture, meter) => {
    const attempt = () => lambdaRate(region, architecture, meter)
    expect(attempt).toThrow(MissingRateError)
    expect(attempt).toThrow(`No rate for ${meter} ${architecture} in ${region} (rate card 2026-08-01)`)
  })

  it('throws for missing duration tiers, unknown instance types and unknown EC2 regions', () => {
    expect(() => durationTiers('sa-east-1', 'arm64')).toThrow(
      'No rate for duration arm64 in sa-east-1 (rate card 2026-08-01)',
    )
    expect(() => ec2HourlyRate('us-east-1', 't9.huge')).toThrow(
      'No rate for EC2 t9.huge in us-east-1 (rate card 2026-08-01)',
    )
    expect(() => ec2HourlyRate('eu-west-1', 't4g.small')).toThrow(MissingRateError)
    expect(ec2InstanceTypes('eu-west-1')).toEqual([])
  })

  it('every us-east-1 Lambda meter has a rate for both architectures', () => {
    for (const architecture of ['x86_64', 'arm64'] as const) {
      for (const meter of LAMBDA_METERS) expect(lambdaRate('us-east-1', architecture, meter).gt(0)).toBe(true)
    }
  })

  it.each([
    ['us-east-1', 't4g.nano', '0.0042'],
    ['us-east-1', 't4g.micro', '0.0084'],
    ['us-east-1', 't4g.small', '0.0168'],
    ['us-east-1', 't4g.medium', '0.0336'],
    ['us-east-1', 't4g.large', '0.0672'],
    ['us-east-1', 't3.small', '0.0208'],
    ['us-east-1', 'm6g.large', '0.077'],
    ['us-east-1', 'm6g.12xlarge', '1.848'],
    ['us-east-1', 'c7g.large', '0.0725'],
    ['ap-northeast-2', 't4g.nano', '0.0052'],
    ['ap-northeast-2', 't4g.micro', '0.0104'],
    ['ap-northeast-2', 't4g.small', '0.0208'],
    ['ap-northeast-2', 't4g.medium', '0.0416'],
    ['ap-northeast-2', 't4g.large', '0.0832'],
    ['ap-northeast-2', 't3.small', '0.026'],
    ['ap-northeast-2', 'm6g.large', '0.094'],
    ['ap-northeast-2', 'm6g.12xlarge', '2.256'],
    ['ap-northeast-2', 'c7g.large', '0.0888'],
  ])('EC2 %s %s is $%s an hour', (region, instanceType, usd) => {
    expect(ec2HourlyRate(region, instanceType).toFixed()).toBe(usd)
  })

  it('lists instance types with their size', () => {
    expect(ec2InstanceTypes('ap-northeast-2').find((type) => type.instanceType === 't4g.small')).toMatchObject({
      vcpus: 2,
      memoryGib: 2,
    })
    expect(ec2InstanceTypes('us-east-1')).toHaveLength(9)
  })

  it('marks believed and assumed rates as unconfirmed', () => {
    const unconfirmed = unverifiedRates()
      .filter(({ rate }) => rate.status === 'unconfirmed')
      .map(({ item }) => item)
    expect(unconfirmed).toEqual(
      expect.arrayContaining([
        'ap-northeast-2 EC2 m6g.large',
        'ap-northeast-2 EC2 m6g.12xlarge',
        'ap-northeast-2 EC2 c7g.large',
        'eu-west-1 x86_64 duration tier 2',
        'eu-west-1 arm64 provisioned_concurrency',
        'ap-southeast-3 x86_64 request',
        'us-east-2 EC2 t4g.small',
        'ap-northeast-2 RDS postgres single-az db.t4g.medium',
      ]),
    )
    expect(RATE_CARD.lambda['ap-northeast-2']!.x86_64!.durationTiers![0]!.rate.status).toBe('secondary')
    expect(RATE_CARD.lambda['ap-northeast-2']!.arm64!.provisioned_concurrency!.status).toBe('secondary')
    expect(unverifiedRates().find(({ item }) => item === 'eu-west-1 x86_64 duration tier 2')?.rate.note).toBe(
      "assumed equal to us-east-1's tier (the region's tier 1 is us-east-1's)",
    )
    expect(unverifiedRates().find(({ item }) => item === 'ap-southeast-3 x86_64 request')?.rate.note).toBe(
      'no source found for this region; assumed equal to Asia Pacific (Singapore)',
    )
  })
})
