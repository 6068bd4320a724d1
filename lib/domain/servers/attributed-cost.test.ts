import { describe, expect, it } from 'vitest'
import { attributeMonthCosts, EC2_COMPUTE_SERVICE, RDS_SERVICE } from './attributed-cost'

const DEV = '210987654321'
const seoulEc2 = (type: string) => ({ kind: 'ec2' as const, accountId: DEV, region: 'ap-northeast-2', type })

describe('attributeMonthCosts', () => {
  it("attributes a usage type's month to the one server of that type in its account and region, summing its days exactly", () => {
    const lines = [
      { accountId: DEV, service: EC2_COMPUTE_SERVICE, usageType: 'APN2-BoxUsage:t4g.small', costUsd: '0.1' },
      { accountId: DEV, service: EC2_COMPUTE_SERVICE, usageType: 'APN2-BoxUsage:t4g.small', costUsd: '0.2' },
    ]
    expect(attributeMonthCosts([seoulEc2('t4g.small')], lines)).toEqual([
      { status: 'attributed', usd: '0.3', usageType: 'APN2-BoxUsage:t4g.small' },
    ])
  })

  it('shows the total as shared when several servers have the type, never a guessed split', () => {
    const lines = [{ accountId: DEV, service: EC2_COMPUTE_SERVICE, usageType: 'APN2-BoxUsage:t4g.small', costUsd: '9' }]
    expect(attributeMonthCosts([seoulEc2('t4g.small'), seoulEc2('t4g.small')], lines)).toEqual([
      { status: 'shared', usd: '9', usageType: 'APN2-BoxUsage:t4g.small', servers: 2 },
      { status: 'shared', usd: '9', usageType: 'APN2-BoxUsage:t4g.small', servers: 2 },
    ])
  })

  it("reads us-east-1's unprefixed usage types, and keeps accounts, regions and services apart", () => {
    const lines = [
      { accountId: DEV, service: EC2_COMPUTE_SERVICE, usageType: 'BoxUsage:t4g.small', costUsd: '1' },
      { accountId: '123456789012', service: EC2_COMPUTE_SERVICE, usageType: 'APN2-BoxUsage:t4g.small', costUsd: '2' },
      { accountId: DEV, service: RDS_SERVICE, usageType: 'APN2-InstanceUsage:db.t4g.medium', costUsd: '3' },
    ]
    const [virginia, seoul, db] = attributeMonthCosts(
      [
        { ...seoulEc2('t4g.small'), region: 'us-east-1' },
        seoulEc2('t4g.small'),
        { kind: 'rds', accountId: DEV, region: 'ap-northeast-2', type: 'db.t4g.medium' },
      ],
      lines,
    )
    expect(virginia).toMatchObject({ status: 'attributed', usd: '1' })
    expect(seoul).toEqual({
      status: 'none',
      usd: null,
      reason: 'No BoxUsage:t4g.small cost in this account and region this month.',
    })
    expect(db).toMatchObject({ status: 'attributed', usd: '3', usageType: 'APN2-InstanceUsage:db.t4g.medium' })
  })

  it('never attributes to an Aurora cluster, which Cost Explorer bills by member instance', () => {
    expect(
      attributeMonthCosts(
        [{ kind: 'aurora', accountId: DEV, region: 'ap-northeast-2', type: 'db.r6g.large × 1' }],
        [],
      )[0],
    ).toMatchObject({ status: 'none', usd: null })
  })
})
