import { describe, expect, it } from 'vitest'
import type { CostQuery } from './dimensions'
import { breadcrumbs, drillInto, nextDimension } from './drill-down'

const LAMBDA = 'AWS Lambda'
const ARN = 'arn:aws:lambda:ap-northeast-2:123456789012:function:orders-api'
const base: CostQuery = {
  from: '2026-10-01',
  to: '2026-10-31',
  granularity: 'daily',
  groupBy: ['service'],
  filters: {},
}
const labels = {
  account: { '123456789012': 'acme-production' },
  function: { [ARN]: { id: 1, name: 'orders-api', accountId: '123456789012', region: 'ap-northeast-2' } },
}

describe('drill-down', () => {
  it('goes service → usage type → function for AWS Lambda, then focuses on the function', () => {
    const byUsageType = drillInto(base, { values: { service: LAMBDA } })!
    expect(byUsageType).toEqual({ ...base, groupBy: ['usage_type'], filters: { service: [LAMBDA] } })
    const byFunction = drillInto(byUsageType, { values: { usage_type: 'APN2-Request' } })!
    expect(byFunction).toEqual({
      ...base,
      groupBy: ['function'],
      filters: { service: [LAMBDA], usage_type: ['APN2-Request'] },
    })
    const focus = drillInto(byFunction, { values: { function: ARN } })!
    expect(focus).toEqual({
      ...base,
      groupBy: [],
      filters: { service: [LAMBDA], usage_type: ['APN2-Request'], function: [ARN] },
    })
    expect(drillInto(focus, { values: {} })).toBeNull()
  })

  it('a team does not drill: its cost includes shares of shared pools, which have no service to filter by', () => {
    expect(drillInto({ ...base, groupBy: ['team'] }, { values: { team: 'recsys' } })).toBeNull()
  })

  it('stops at the usage type of other services (no per-function data)', () => {
    const ec2 = drillInto(base, { values: { service: 'Amazon EC2' } })!
    expect(ec2.groupBy).toEqual(['usage_type'])
    expect(drillInto(ec2, { values: { usage_type: 'APN2-BoxUsage:m6g.large' } })).toBeNull()
  })

  it('account and region drill into service; two dimensions filter both and continue from the last', () => {
    expect(drillInto({ ...base, groupBy: ['account'] }, { values: { account: '123456789012' } })!.groupBy).toEqual([
      'service',
    ])
    expect(drillInto({ ...base, groupBy: ['region'] }, { values: { region: 'us-east-1' } })!.groupBy).toEqual([
      'service',
    ])
    const both = drillInto(
      { ...base, groupBy: ['account', 'service'] },
      { values: { account: '123456789012', service: LAMBDA } },
    )!
    expect(both).toEqual({
      ...base,
      groupBy: ['usage_type'],
      filters: { account: ['123456789012'], service: [LAMBDA] },
    })
  })

  it('a function chosen directly shows its usage types next', () => {
    expect(nextDimension('function', { function: [ARN] })).toBe('usage_type')
    expect(
      drillInto({ ...base, groupBy: ['function'], filters: { service: [LAMBDA] } }, { values: { function: ARN } })!
        .groupBy,
    ).toEqual(['usage_type'])
  })
})

describe('breadcrumbs', () => {
  it('lead back through each filter to the view it was chosen from', () => {
    const query: CostQuery = {
      ...base,
      groupBy: [],
      filters: { service: [LAMBDA], usage_type: ['APN2-Request'], function: [ARN] },
    }
    const crumbs = breadcrumbs(query, labels)
    expect(crumbs.map((c) => c.label)).toEqual(['All costs', LAMBDA, 'Requests, x86 (APN2-Request)', 'orders-api'])
    expect(crumbs[0]!.query).toEqual({ ...base, groupBy: ['service'], filters: {} })
    expect(crumbs[1]!.query).toEqual({ ...base, groupBy: ['usage_type'], filters: { service: [LAMBDA] } })
    expect(crumbs[2]!.query).toEqual({
      ...base,
      groupBy: ['function'],
      filters: { service: [LAMBDA], usage_type: ['APN2-Request'] },
    })
    expect(crumbs[3]!.query).toBeNull()
  })

  it('names accounts and counts several values; the top level is the current view without filters', () => {
    expect(
      breadcrumbs(
        { ...base, filters: { account: ['123456789012'], region: ['us-east-1', 'ap-northeast-2'] } },
        labels,
      ).map((c) => c.label),
    ).toEqual(['All costs', 'acme-production (123456789012)', '2 × region'])
    expect(breadcrumbs(base, labels)).toEqual([{ label: 'All costs', query: null }])
  })
})
