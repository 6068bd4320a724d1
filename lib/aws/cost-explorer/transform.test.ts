import { readFileSync } from 'node:fs'
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  type GetCostAndUsageCommandOutput,
} from '@aws-sdk/client-cost-explorer'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { sum } from '@/lib/domain/money'
import { awsFixturePath } from '@/tests/support/aws-fixtures'
import { CallMeter } from '../call-meter'
import { createAwsClients } from '../clients'
import { AwsSourceError } from '../errors'
import { getAccountActivity, getCostAndUsagePages, getDailyCostLines } from './get-cost-and-usage'
import { parseCostPage, toAccountActivity, toCostLines } from './transform'

const fixture = (name: string) => JSON.parse(readFileSync(awsFixturePath(name), 'utf8')) as Record<string, unknown>

const ce = mockClient(CostExplorerClient)
const aws = createAwsClients()

beforeEach(() => ce.reset())

describe('AWS’s own GetCostAndUsage example (aws-cli docs, verbatim)', () => {
  const official = fixture('ce-get-cost-and-usage.aws-cli-doc-example.json')
  const request = fixture('ce-get-cost-and-usage.request.aws-cli-doc-example.json') as {
    Metrics: string[]
    GroupBy: unknown[]
  }

  it('validates as AWS sends it: an empty Total when grouped, an untagged "Environment$" key, amounts kept as exact strings', () => {
    const page = parseCostPage(official, { groupBy: request.GroupBy.length, metrics: request.Metrics })
    const [period] = page.ResultsByTime
    expect(period!.TimePeriod).toEqual({ Start: '2017-09-01', End: '2017-10-01' })
    expect(period!.Groups.map((group) => group.Keys)).toEqual([
      ['Amazon Simple Storage Service', 'Environment$'],
      ['Amazon Simple Storage Service', 'Environment$Dev'],
    ])
    expect(period!.Groups.map((group) => group.Metrics.UnblendedCost!.Amount)).toEqual([
      '40.3543773134',
      '0.2682364644',
    ])
    expect(period!.Groups[0]!.Metrics.UsageQuantity).toEqual({ Amount: '9312771.098461578', Unit: 'N/A' })
    // 40.3543773134 + 0.2682364644, by hand.
    expect(sum(period!.Groups.map((group) => group.Metrics.UnblendedCost!.Amount)).toFixed()).toBe('40.6226137778')
  })

  it('is one $0.01 call through the pager, and a monthly answer is refused as daily cost lines', async () => {
    ce.on(GetCostAndUsageCommand).resolves(official)
    const meter = new CallMeter(5)
    const pages = await getCostAndUsagePages(aws, meter, {
      range: { from: '2017-09-01', to: '2017-09-30' },
      granularity: 'MONTHLY',
      groupBy: ['SERVICE', 'TAG'],
      metrics: request.Metrics,
    })
    expect(pages).toHaveLength(1)
    expect(meter.costUsd().toFixed()).toBe('0.01')
    expect(ce.commandCalls(GetCostAndUsageCommand)[0]!.args[0].input.TimePeriod).toEqual({
      Start: '2017-09-01',
      End: '2017-10-01',
    })
    expect(() => toCostLines(pages, { accountId: '123456789012', recordType: 'Usage' })).toThrow(/days were asked/)
  })
})

describe('GetCostAndUsage paging (synthetic pages)', () => {
  it('follows NextPageToken over both pages, counts each page as a $0.01 call, and keeps every group', async () => {
    ce.on(GetCostAndUsageCommand)
      .resolvesOnce(fixture('ce-get-cost-and-usage.lambda-by-usage-type.synthetic.page1.json'))
      .resolvesOnce(fixture('ce-get-cost-and-usage.lambda-by-usage-type.synthetic.page2.json'))
    const meter = new CallMeter(10)
    const pages = await getCostAndUsagePages(aws, meter, {
      range: { from: '2025-09-01', to: '2025-09-30' },
      granularity: 'MONTHLY',
      groupBy: ['USAGE_TYPE'],
      metrics: ['UnblendedCost', 'UsageQuantity'],
      filter: { Dimensions: { Key: 'SERVICE', Values: ['AWS Lambda'] } },
    })
    expect(pages).toHaveLength(2)
    const groups = pages.flatMap((page) => page.ResultsByTime.flatMap((period) => period.Groups))
    expect(sum(groups.map((group) => group.Metrics.UnblendedCost!.Amount)).toFixed()).toBe('39.505949')
    expect(meter.counts.costExplorer.calls).toBe(2)
    expect(meter.costUsd().toFixed()).toBe('0.02')
    // The inclusive range becomes Cost Explorer's exclusive end, and the second call carries the token.
    const calls = ce.commandCalls(GetCostAndUsageCommand)
    expect(calls[0]!.args[0].input.TimePeriod).toEqual({ Start: '2025-09-01', End: '2025-10-01' })
    expect(calls[1]!.args[0].input.NextPageToken).toBe(
      fixture('ce-get-cost-and-usage.lambda-by-usage-type.synthetic.page1.json').NextPageToken,
    )
  })

  it('validates the synthetic daily by-service page: amounts stay exact strings, the last day is Estimated', () => {
    const page = parseCostPage(fixture('ce-get-cost-and-usage.by-service.daily.synthetic.json'), {
      groupBy: 1,
      metrics: ['UnblendedCost', 'AmortizedCost'],
    })
    expect(page.ResultsByTime.map((period) => period.Estimated)).toEqual([false, false, true])
    expect(page.ResultsByTime[0]!.Groups[0]!.Metrics.UnblendedCost!.Amount).toBe('1.2345678901')
  })

  it("reads account names from DimensionValueAttributes and keeps each month's totals", () => {
    const synthetic = fixture('ce-get-cost-and-usage.linked-account-x-region.synthetic.json')
    const page = parseCostPage(synthetic, { groupBy: 2, metrics: ['NetUnblendedCost'] })
    const asRecordTypes = {
      ...page,
      ResultsByTime: page.ResultsByTime.map((period) => ({
        ...period,
        Groups: period.Groups.map((group) => ({
          Keys: [group.Keys[0]!, 'Usage'],
          Metrics: { UnblendedCost: group.Metrics.NetUnblendedCost! },
        })),
      })),
    }
    expect(toAccountActivity([asRecordTypes])).toEqual([
      {
        id: '111111111111',
        name: 'prod',
        recordTypes: ['Usage'],
        totals: [
          { from: '2025-09-01', recordType: 'Usage', unblendedCost: '812.4412300001' },
          { from: '2025-09-01', recordType: 'Usage', unblendedCost: '201.0000004' },
        ],
      },
      {
        id: '222222222222',
        name: 'staging',
        recordTypes: ['Usage'],
        totals: [{ from: '2025-09-01', recordType: 'Usage', unblendedCost: '14.2' }],
      },
    ])
  })

  it('aborts on a repeated page token instead of paying for a loop', async () => {
    const looping = {
      ...fixture('ce-get-cost-and-usage.lambda-by-usage-type.synthetic.page1.json'),
      NextPageToken: 'same',
    }
    ce.on(GetCostAndUsageCommand).resolves(looping)
    const meter = new CallMeter(10)
    const fetching = getCostAndUsagePages(aws, meter, {
      range: { from: '2025-09-01', to: '2025-09-30' },
      granularity: 'MONTHLY',
      groupBy: ['USAGE_TYPE'],
      metrics: ['UnblendedCost', 'UsageQuantity'],
    })
    await expect(fetching).rejects.toMatchObject({ kind: 'pagination' })
    expect(meter.counts.costExplorer.calls).toBe(2)
  })

  it('stops at the call cap before making the call that would exceed it', async () => {
    ce.on(GetCostAndUsageCommand).resolves({
      ...fixture('ce-get-cost-and-usage.lambda-by-usage-type.synthetic.page1.json'),
      NextPageToken: undefined,
    })
    const meter = new CallMeter(1)
    const query = {
      range: { from: '2025-09-01', to: '2025-09-30' },
      granularity: 'MONTHLY' as const,
      groupBy: ['USAGE_TYPE'],
      metrics: ['UnblendedCost', 'UsageQuantity'],
    }
    await getCostAndUsagePages(aws, meter, query)
    await expect(getCostAndUsagePages(aws, meter, query)).rejects.toThrow(
      /cap of 1 Cost Explorer calls per run \(\$0\.01\).*FINOPS_CE_MAX_CALLS_PER_RUN/,
    )
    expect(ce.commandCalls(GetCostAndUsageCommand)).toHaveLength(1)
  })
})

describe('daily cost lines', () => {
  const dailyPage = (estimated: boolean, amount = '1.2345678901') => ({
    GroupDefinitions: [
      { Type: 'DIMENSION', Key: 'SERVICE' },
      { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
    ],
    ResultsByTime: [
      {
        TimePeriod: { Start: '2026-11-20', End: '2026-11-21' },
        Total: {},
        Estimated: estimated,
        Groups: [
          {
            Keys: ['AWS Lambda', 'APN2-Lambda-GB-Second-ARM'],
            Metrics: {
              UnblendedCost: { Amount: amount, Unit: 'USD' },
              AmortizedCost: { Amount: amount, Unit: 'USD' },
              UsageQuantity: { Amount: '92592.5', Unit: 'N/A' },
            },
          },
          {
            Keys: ['AWS Lambda', 'Request'],
            Metrics: {
              UnblendedCost: { Amount: '-1.1368683772E-13', Unit: 'USD' },
              AmortizedCost: { Amount: '0', Unit: 'USD' },
              UsageQuantity: { Amount: '1000', Unit: 'Requests' },
            },
          },
        ],
      },
    ],
  })

  it('filters on the account and record type, and keeps region, estimated flag and exact amounts', async () => {
    ce.on(GetCostAndUsageCommand).resolves(dailyPage(true) as unknown as GetCostAndUsageCommandOutput)
    const lines = await getDailyCostLines(aws, new CallMeter(5), {
      range: { from: '2026-11-20', to: '2026-11-20' },
      accountId: '123456789012',
      recordType: 'Usage',
    })
    expect(lines).toEqual([
      {
        day: '2026-11-20',
        accountId: '123456789012',
        service: 'AWS Lambda',
        usageType: 'APN2-Lambda-GB-Second-ARM',
        region: 'ap-northeast-2',
        recordType: 'Usage',
        unblendedCost: '1.2345678901',
        amortizedCost: '1.2345678901',
        usageQuantity: '92592.5',
        usageUnit: 'N/A',
        estimated: true,
      },
      {
        day: '2026-11-20',
        accountId: '123456789012',
        service: 'AWS Lambda',
        usageType: 'Request',
        region: 'us-east-1',
        recordType: 'Usage',
        unblendedCost: '-0.00000000000011368683772',
        amortizedCost: '0',
        usageQuantity: '1000',
        usageUnit: 'Requests',
        estimated: true,
      },
    ])
    expect(ce.commandCalls(GetCostAndUsageCommand)[0]!.args[0].input.Filter).toEqual({
      And: [
        { Dimensions: { Key: 'LINKED_ACCOUNT', Values: ['123456789012'] } },
        { Dimensions: { Key: 'RECORD_TYPE', Values: ['Usage'] } },
      ],
    })
  })

  it('rejects a page with a non-decimal amount, another currency or missing group keys', () => {
    const expected = { groupBy: 2, metrics: ['UnblendedCost', 'AmortizedCost', 'UsageQuantity'] }
    expect(() => parseCostPage(dailyPage(false, '12,5'), expected)).toThrow(/decimal string/)
    const euro = dailyPage(false)
    euro.ResultsByTime[0]!.Groups[0]!.Metrics.UnblendedCost.Unit = 'EUR'
    expect(() => parseCostPage(euro, expected)).toThrow(/only USD/)
    const oneKey = dailyPage(false)
    oneKey.ResultsByTime[0]!.Groups[0]!.Keys = ['AWS Lambda']
    expect(() => parseCostPage(oneKey, expected)).toThrow(AwsSourceError)
    expect(() =>
      toCostLines(
        [
          parseCostPage(
            { ResultsByTime: [{ TimePeriod: { Start: '2026-11-01', End: '2026-12-01' }, Groups: [] }] },
            expected,
          ),
        ],
        { accountId: '1', recordType: 'Usage' },
      ),
    ).toThrow(/days were asked/)
  })

  it('discovers accounts and only the record types that hold money', async () => {
    ce.on(GetCostAndUsageCommand).resolves({
      ResultsByTime: [
        {
          TimePeriod: { Start: '2026-11-01', End: '2026-11-21' },
          Estimated: true,
          Groups: [
            { Keys: ['123456789012', 'Usage'], Metrics: { UnblendedCost: { Amount: '10', Unit: 'USD' } } },
            { Keys: ['123456789012', 'Credit'], Metrics: { UnblendedCost: { Amount: '-5', Unit: 'USD' } } },
            { Keys: ['210987654321', 'Usage'], Metrics: { UnblendedCost: { Amount: '0', Unit: 'USD' } } },
            { Keys: ['210987654321', 'Tax'], Metrics: { UnblendedCost: { Amount: '0', Unit: 'USD' } } },
          ],
        },
      ],
      DimensionValueAttributes: [{ Value: '123456789012', Attributes: { description: 'production' } }],
    })
    expect(await getAccountActivity(aws, new CallMeter(5), { from: '2026-11-01', to: '2026-11-20' })).toEqual([
      {
        id: '123456789012',
        name: 'production',
        recordTypes: ['Usage', 'Credit'],
        totals: [
          { from: '2026-11-01', recordType: 'Usage', unblendedCost: '10' },
          { from: '2026-11-01', recordType: 'Credit', unblendedCost: '-5' },
        ],
      },
      {
        id: '210987654321',
        name: '210987654321',
        recordTypes: ['Usage'],
        totals: [
          { from: '2026-11-01', recordType: 'Usage', unblendedCost: '0' },
          { from: '2026-11-01', recordType: 'Tax', unblendedCost: '0' },
        ],
      },
    ])
  })

  it('names the IAM action when access is denied, and reports throttling and missing data clearly', async () => {
    const input = { range: { from: '2026-11-20', to: '2026-11-20' }, accountId: '123456789012', recordType: 'Usage' }
    const reject = (name: string, message: string) =>
      ce.on(GetCostAndUsageCommand).rejects(Object.assign(new Error(message), { name, $metadata: { attempts: 6 } }))
    reject(
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/finops is not authorized to perform: ce:GetCostAndUsage',
    )
    await expect(getDailyCostLines(aws, new CallMeter(5), input)).rejects.toMatchObject({
      kind: 'access_denied',
      message: expect.stringContaining('Missing IAM permission ce:GetCostAndUsage'),
    })
    reject('LimitExceededException', 'Rate exceeded')
    await expect(getDailyCostLines(aws, new CallMeter(5), input)).rejects.toMatchObject({
      kind: 'throttled',
      message: expect.stringContaining('after 6 attempts'),
    })
    reject('DataUnavailableException', 'The requested data is unavailable.')
    await expect(getDailyCostLines(aws, new CallMeter(5), input)).rejects.toMatchObject({ kind: 'data_unavailable' })
    reject('UnrecognizedClientException', 'The security token included in the request is invalid.')
    await expect(getDailyCostLines(aws, new CallMeter(5), input)).rejects.toMatchObject({ kind: 'bad_credentials' })
  })
})
