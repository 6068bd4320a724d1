import { describe, expect, it } from 'vitest'
import { ARCHITECTURES } from '../functions/function-config'
import { priceLambdaUsage } from '../pricing/price-lambda-usage'
import { simulate } from './simulate'
import { DEFAULT_SCENARIO, simulatorReference } from './simulator-reference'

// Whatever the simulator offers (its reference: regions, architectures, strategies, instance types) must be
// priceable: a combination without a rate fails here instead of showing as "unavailable" to a user.
const reference = simulatorReference()

// Issue 15: every Asia Pacific region with Lambda, and the regions global teams run it in.
const REQUIRED_REGIONS = [
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
]

const cases = reference.regions.flatMap((region) =>
  ARCHITECTURES.map((architecture) => [region.code, architecture] as const),
)

describe('every region, architecture and price kind the simulator offers has a rate', () => {
  it('offers the required regions', () => {
    expect(reference.regions.map((region) => region.code)).toEqual(expect.arrayContaining(REQUIRED_REGIONS))
  })

  it.each(cases)('%s %s: every Lambda price kind on every duration tier', (region, architecture) => {
    // One of each: requests, on-demand duration at the bottom of each monthly tier, INIT, provisioned concurrency
    // and its duration, ephemeral storage.
    const usage = {
      region,
      architecture,
      requests: 1,
      durationGbSeconds: 1,
      initGbSeconds: 1,
      provisionedConcurrencyGbSeconds: 1,
      provisionedDurationGbSeconds: 1,
      ephemeralStorageGbSeconds: 1,
    }
    for (const position of [0, 8_000_000_000, 20_000_000_000]) {
      expect(priceLambdaUsage(usage, { tierGbSecondsBefore: position, formulas: false }).totalUsd.gt(0)).toBe(true)
    }
  })

  it.each(cases)(
    '%s %s: the simulator prices every Lambda strategy, and EC2 with each instance type it offers',
    (region, architecture) => {
      const offered = reference.regions.find((entry) => entry.code === region)!
      expect(
        offered.unavailable.filter((entry) => entry.architecture === architecture && entry.strategy !== 'ec2'),
      ).toEqual([])
      const scenario = { ...DEFAULT_SCENARIO, region, architecture, ephemeralStorageMb: 1024 }
      const lambdaOnly = simulate({ ...scenario, strategies: { ...scenario.strategies, ec2: undefined } })
      expect(lambdaOnly.unavailable).toEqual([])
      expect(lambdaOnly.strategies.map((entry) => entry.strategy)).toEqual([
        'on_demand',
        'keep_warm',
        'provisioned_concurrency',
      ])
      for (const { instanceType } of offered.ec2Instances) {
        expect(
          simulate({ ...scenario, strategies: { ec2: { instanceType, hoursPerMonth: 730 } } }).unavailable,
          instanceType,
        ).toEqual([])
      }
      // A region without instance prices says EC2 is unavailable rather than offering it.
      if (offered.ec2Instances.length === 0)
        expect(offered.unavailable).toContainEqual({ architecture, strategy: 'ec2' })
    },
  )
})
