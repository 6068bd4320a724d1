import { describe, expect, test } from 'vitest'
import { serverHourlyPrice } from './server-hourly-price'

describe('serverHourlyPrice', () => {
  test("an EC2 instance costs the card's hourly rate for its type and region, with the rate's source and date", () => {
    // aws-facts §5: t4g.small is $0.0208 an hour in Seoul, $0.0168 in us-east-1 (third-party tables: secondary).
    expect(serverHourlyPrice({ kind: 'ec2', region: 'ap-northeast-2', type: 't4g.small', engine: null })).toMatchObject(
      { hourlyUsd: '0.0208', status: 'secondary', missing: null },
    )
    const usEast = serverHourlyPrice({ kind: 'ec2', region: 'us-east-1', type: 't4g.small', engine: null })
    expect(usEast).toMatchObject({ hourlyUsd: '0.0168', source: 'https://aws.amazon.com/ec2/pricing/on-demand/' })
    expect(usEast.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test("an RDS DB instance costs its engine's Single-AZ rate; an Aurora cluster the sum of its members' Aurora Standard rates", () => {
    expect(
      serverHourlyPrice({ kind: 'rds', region: 'us-east-1', type: 'db.t4g.medium', engine: 'postgres' }),
    ).toMatchObject({
      hourlyUsd: '0.065',
      status: 'secondary',
      source: 'https://aws.amazon.com/rds/postgresql/pricing/',
    })
    // A believed Seoul rate says so: its status is the least certain one.
    expect(
      serverHourlyPrice({ kind: 'rds', region: 'ap-northeast-2', type: 'db.t4g.medium', engine: 'postgres' }),
    ).toMatchObject({ hourlyUsd: '0.094', status: 'unconfirmed' })
    expect(
      serverHourlyPrice({
        kind: 'aurora',
        region: 'ap-northeast-2',
        type: 'db.t4g.medium × 2',
        engine: 'aurora-postgresql',
        memberClasses: ['db.t4g.medium', 'db.t4g.medium'],
      }),
    ).toMatchObject({
      hourlyUsd: '0.226',
      status: 'secondary',
      source: 'https://aws.amazon.com/rds/aurora/pricing/',
    })
  })

  test('a server the card has no rate for says which rate is missing instead of costing $0', () => {
    expect(serverHourlyPrice({ kind: 'ec2', region: 'ap-northeast-2', type: 'x2iedn.32xlarge', engine: null })).toEqual(
      {
        hourlyUsd: null,
        source: null,
        status: null,
        asOf: null,
        missing: expect.stringMatching(/^No rate for EC2 x2iedn.32xlarge in ap-northeast-2/),
      },
    )
    expect(
      serverHourlyPrice({ kind: 'rds', region: 'us-east-1', type: 'db.m7g.16xlarge', engine: 'postgres' }).missing,
    ).toMatch(/^No rate for RDS postgres single-az db.m7g.16xlarge in us-east-1/)
    expect(
      serverHourlyPrice({
        kind: 'aurora',
        region: 'us-east-1',
        type: '',
        engine: 'aurora-postgresql',
        memberClasses: [],
      }).missing,
    ).toBe('An Aurora cluster without instances has no instance price.')
  })
})
