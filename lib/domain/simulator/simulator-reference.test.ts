import { describe, expect, it } from 'vitest'
import { simulationInputSchema } from './simulation-input'
import { DEFAULT_SCENARIO, simulatorReference } from './simulator-reference'

describe('simulatorReference', () => {
  const reference = simulatorReference()

  it('lists the priced regions with their EC2 instances and prices as decimal strings', () => {
    expect(reference.regions.map((region) => region.code)).toEqual([
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
    const seoul = reference.regions.find((region) => region.code === 'ap-northeast-2')!
    expect(seoul.name).toBe('Asia Pacific (Seoul)')
    expect(seoul.ec2Instances.find((instance) => instance.instanceType === 't4g.small')).toEqual({
      instanceType: 't4g.small',
      vcpus: 2,
      memoryGib: 2,
      hourlyUsd: '0.0208',
      status: 'secondary',
    })
    expect(seoul.ec2Instances.find((instance) => instance.instanceType === 'm6g.large')!.status).toBe('unconfirmed')
  })

  it('says which strategies the rate card cannot price (EC2 where it has no instance prices)', () => {
    expect(reference.regions.find((region) => region.code === 'eu-west-1')!.unavailable).toEqual([
      { architecture: 'x86_64', strategy: 'ec2' },
      { architecture: 'arm64', strategy: 'ec2' },
    ])
    expect(reference.regions.find((region) => region.code === 'ap-northeast-2')!.unavailable).toEqual([])
    expect(reference.regions.find((region) => region.code === 'us-east-1')!.unavailable).toEqual([])
  })

  it('opens with mission story 2, a valid input', () => {
    expect(simulationInputSchema.parse(reference.defaults)).toMatchObject({
      requestsPerDay: 500,
      memoryMb: 512,
      avgDurationMs: 100,
    })
    expect(simulationInputSchema.parse(DEFAULT_SCENARIO)).toEqual(DEFAULT_SCENARIO)
    expect(reference.strategies.map((strategy) => strategy.key)).toEqual([
      'on_demand',
      'keep_warm',
      'provisioned_concurrency',
      'ec2',
    ])
  })
})
