import { describe, expect, it } from 'vitest'
import { simulationInputSchema } from './simulation-input'

const valid = {
  region: 'us-east-1',
  architecture: 'x86_64',
  memoryMb: 512,
  requestsPerDay: 500,
  avgDurationMs: 100,
  strategies: {
    on_demand: {},
    keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 1 },
    provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
    ec2: { instanceType: 't4g.small', hoursPerMonth: 730 },
  },
}

describe('simulationInputSchema', () => {
  it('accepts the HTTP body of the API contract and leaves it unchanged', () => {
    expect(simulationInputSchema.parse(valid)).toEqual(valid)
    expect(
      simulationInputSchema.parse({
        ...valid,
        days: 31,
        includeFreeTier: true,
        hourlyProfile: Array(24).fill(1),
        p99DurationMs: 300,
      }),
    ).toMatchObject({ days: 31 })
    expect(
      simulationInputSchema.parse({
        ...valid,
        strategies: {
          provisioned_concurrency: {
            weekly: { levels: [{ days: [1, 2, 3, 4, 5], fromHour: 9, toHour: 18, concurrency: 10 }], baseline: 2 },
          },
        },
      }),
    ).toBeTruthy()
  })

  it.each([
    [{ memoryMb: 64 }, ['memoryMb'], 'memoryMb must be at least 128'],
    [{ memoryMb: 20_000 }, ['memoryMb'], 'memoryMb must be at most 10,240'],
    [{ memoryMb: 512.5 }, ['memoryMb'], 'memoryMb must be a whole number'],
    [
      { region: 'eu-west-9' },
      ['region'],
      'region "eu-west-9" is not in the rate card (known: us-east-1, ap-northeast-2, us-east-2, us-west-2, eu-west-1, eu-central-1, ap-east-1, ap-south-1, ap-northeast-1, ap-northeast-3, ap-southeast-1, ap-southeast-2, ap-southeast-4, ap-southeast-5, ap-south-2, ap-southeast-3, ap-southeast-7, ap-east-2, ap-southeast-6)',
    ],
    [{ architecture: 'arm' }, ['architecture'], 'architecture must be "x86_64" or "arm64"'],
    [{ requestsPerDay: -1 }, ['requestsPerDay'], 'requestsPerDay must not be negative'],
    [{ requestsPerDay: '500' }, ['requestsPerDay'], 'requestsPerDay must be a number'],
    [{ avgDurationMs: 0 }, ['avgDurationMs'], 'avgDurationMs must be at least 1 (billing rounds up to 1 ms)'],
    [{ p99DurationMs: 50 }, ['p99DurationMs'], 'p99DurationMs must not be below avgDurationMs'],
    [
      { hourlyProfile: Array(23).fill(1) },
      ['hourlyProfile'],
      'hourlyProfile must have 24 entries, one per hour of the day',
    ],
    [{ hourlyProfile: Array(24).fill(0) }, ['hourlyProfile'], 'hourlyProfile must have at least one positive weight'],
    [
      { hourlyProfile: [...Array(23).fill(1), -1] },
      ['hourlyProfile', 23],
      'hourlyProfile weights must not be negative',
    ],
    [{ days: 0 }, ['days'], 'days must be at least 1'],
    [{ idleLifetimeMinutes: 0 }, ['idleLifetimeMinutes'], 'idleLifetimeMinutes must be at least 1'],
    [
      { strategies: {} },
      ['strategies'],
      'strategies must name at least one of on_demand, keep_warm, provisioned_concurrency, ec2',
    ],
    [
      { strategies: { keep_warm: { intervalMinutes: 0.5, pingDurationMs: 50, concurrency: 1 } } },
      ['strategies', 'keep_warm', 'intervalMinutes'],
      'strategies.keep_warm.intervalMinutes must be at least 1 (EventBridge schedules have one-minute precision)',
    ],
    [
      { strategies: { keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 0 } } },
      ['strategies', 'keep_warm', 'concurrency'],
      'strategies.keep_warm.concurrency must be at least 1',
    ],
    [
      { strategies: { provisioned_concurrency: { hoursPerDay: 8 } } },
      ['strategies', 'provisioned_concurrency'],
      'strategies.provisioned_concurrency needs either concurrency (with hoursPerDay, default 24) or a weekly schedule, not both',
    ],
    [
      { strategies: { provisioned_concurrency: { concurrency: 2, hoursPerDay: 25 } } },
      ['strategies', 'provisioned_concurrency', 'hoursPerDay'],
      'strategies.provisioned_concurrency.hoursPerDay must be between 0 and 24',
    ],
    [
      { strategies: { ec2: { instanceType: 'x1e.32xlarge' } } },
      ['strategies', 'ec2', 'instanceType'],
      'strategies.ec2.instanceType "x1e.32xlarge" has no price in us-east-1 (known: t4g.nano, t4g.micro, t4g.small, t4g.medium, t4g.large, t3.small, m6g.large, m6g.12xlarge, c7g.large)',
    ],
    [
      { strategies: { ec2: { instanceType: 't4g.small', hoursPerMonth: 800 } } },
      ['strategies', 'ec2', 'hoursPerMonth'],
      'strategies.ec2.hoursPerMonth must be at most 744 (31 days)',
    ],
  ])('rejects %o with a message naming the field', (override, path, message) => {
    const result = simulationInputSchema.safeParse({ ...valid, ...override })
    expect(result.success).toBe(false)
    expect(result.error!.issues).toContainEqual(expect.objectContaining({ path, message }))
  })
})
