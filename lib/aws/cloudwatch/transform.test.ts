import { readFileSync } from 'node:fs'
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  type GetMetricDataCommandOutput,
} from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { awsFixturePath } from '@/tests/support/aws-fixtures'
import { CallMeter } from '../call-meter'
import { createAwsClients } from '../clients'
import { getLambdaMetrics } from './get-metric-data'
import { LAMBDA_METRICS, MAX_QUERIES_PER_CALL, queryId } from './lambda-metrics'
import { mergePage, parseMetricPage, type Series, toFunctionMetrics } from './transform'

type FixtureResult = { Id: string; Label?: string; Timestamps: string[]; Values: number[]; StatusCode: string }
type Fixture = { NextToken?: string; MetricDataResults: FixtureResult[]; Messages?: unknown[] }

const fixture = (name: string) => JSON.parse(readFileSync(awsFixturePath(name), 'utf8')) as Fixture
// The SDK turns timestamps into Date objects; the fixtures keep ISO strings. Like CloudWatch, the answer holds a
// (possibly empty) result for every query asked; the synthetic files only have some of them.
const asSdk = (
  page: Fixture,
  ids: Record<string, string>,
  status?: string,
  allIds: string[] = [],
): GetMetricDataCommandOutput => {
  const results = page.MetricDataResults.filter((r) => ids[r.Id]).map((r) => ({
    ...r,
    Id: ids[r.Id]!,
    StatusCode: status ?? r.StatusCode,
    Timestamps: r.Timestamps.map((t) => new Date(t)),
  }))
  const missing = allIds
    .filter((id) => !results.some((r) => r.Id === id))
    .map((Id) => ({ Id, Timestamps: [], Values: [], StatusCode: status ?? 'Complete' }))
  return {
    NextToken: page.NextToken,
    MetricDataResults: [...results, ...missing],
    $metadata: {},
  } as GetMetricDataCommandOutput
}
const ALL_IDS = LAMBDA_METRICS.map((_, metricIndex) => queryId(0, metricIndex))

const INVOCATIONS = 0
const ERRORS = 1
const THROTTLES = 2
const P99 = LAMBDA_METRICS.findIndex((spec) => spec.stat === 'p99')
const CONCURRENCY = LAMBDA_METRICS.findIndex((spec) => spec.metricName === 'ConcurrentExecutions')
const FIXTURE_IDS = {
  inv: queryId(0, INVOCATIONS),
  err: queryId(0, ERRORS),
  thr: queryId(0, THROTTLES),
  durP99: queryId(0, P99),
  conc: queryId(0, CONCURRENCY),
}

const cw = mockClient(CloudWatchClient)
const aws = createAwsClients()
const request = {
  region: 'ap-northeast-2',
  functionNames: ['orders-api'],
  range: { from: '2025-10-14', to: '2025-10-14' },
  periodSeconds: 3600 as const,
}

beforeEach(() => cw.reset())

describe('AWS’s own GetMetricData example (aws-cli docs, verbatim)', () => {
  const official = fixture('cloudwatch-get-metric-data.aws-cli-doc-example.json')

  it('validates as AWS sends it (a labelled math expression, an empty Messages list), value and time exact', () => {
    const page = parseMetricPage({
      ...official,
      MetricDataResults: official.MetricDataResults.map((r) => ({
        ...r,
        Timestamps: r.Timestamps.map((t) => new Date(t)),
      })),
    })
    expect(page.Messages).toEqual([])
    expect(page.MetricDataResults).toEqual([
      {
        Id: 'm3',
        Label: 'Avg Total IOPS',
        Timestamps: [new Date('2024-09-29T22:10:00Z')],
        Values: [96.85],
        StatusCode: 'Complete',
      },
    ])
  })

  it('refuses a series for a query it never asked (AWS’s id m3 is not one of ours)', () => {
    const series = new Map<string, Series>()
    mergePage(series, parseMetricPage(asSdk(official, { m3: 'm3' })))
    expect(() => toFunctionMetrics(series)).toThrow('CloudWatch returned a result for unknown query id "m3".')
  })

  it('reads its data point as one period when the id is one of ours', () => {
    const series = new Map<string, Series>()
    mergePage(series, parseMetricPage(asSdk(official, { m3: queryId(0, INVOCATIONS) })))
    expect(toFunctionMetrics(series)).toEqual([
      expect.objectContaining({
        functionIndex: 0,
        periodStart: new Date('2024-09-29T22:10:00Z'),
        invocations: 96.85,
        errors: 0,
        durationMaxMs: null,
      }),
    ])
  })
})

describe('GetMetricData transform (synthetic responses)', () => {
  it('turns the synthetic hourly series into one row per hour, with empty series (no throttles) as zero', () => {
    const series = new Map<string, Series>()
    mergePage(series, parseMetricPage(asSdk(fixture('cloudwatch-get-metric-data.lambda.synthetic.json'), FIXTURE_IDS)))
    const rows = toFunctionMetrics(series)
    expect(rows).toHaveLength(6)
    expect(rows[0]).toMatchObject({
      functionIndex: 0,
      periodStart: new Date('2025-10-14T00:00:00Z'),
      invocations: 1500,
      errors: 0,
      throttles: 0,
      durationP99Ms: 1488,
      concurrentExecutionsMax: 3,
    })
    expect(rows[5]).toMatchObject({
      periodStart: new Date('2025-10-14T05:00:00Z'),
      invocations: 12000,
      errors: 12,
      durationP99Ms: 410.5,
      provisionedConcurrentExecutionsMax: null,
    })
  })

  it('refuses to treat a PartialData series as complete', () => {
    const series = new Map<string, Series>()
    mergePage(
      series,
      parseMetricPage(asSdk(fixture('cloudwatch-get-metric-data.partial-page.synthetic.json'), FIXTURE_IDS)),
    )
    expect(() => toFunctionMetrics(series)).toThrow(/PartialData; it is not stored as complete/)
  })

  it('rejects malformed pages (mismatched timestamps and values, NaN)', () => {
    expect(() =>
      parseMetricPage({
        MetricDataResults: [
          { Id: 'f0_m0', Timestamps: [new Date('2026-11-01T00:00:00Z')], Values: [], StatusCode: 'Complete' },
        ],
      }),
    ).toThrow(/differ in length/)
    expect(() =>
      parseMetricPage({
        MetricDataResults: [
          { Id: 'f0_m0', Timestamps: [new Date('2026-11-01T00:00:00Z')], Values: [Number.NaN], StatusCode: 'Complete' },
        ],
      }),
    ).toThrow(/MetricDataResults.0.Values.0/)
  })
})

describe('getLambdaMetrics', () => {
  it('follows NextToken after PartialData and stores the series only once complete', async () => {
    const partial = fixture('cloudwatch-get-metric-data.partial-page.synthetic.json')
    const full = fixture('cloudwatch-get-metric-data.lambda.synthetic.json')
    const rest = {
      MetricDataResults: full.MetricDataResults.map((r) =>
        r.Id === 'inv' ? { ...r, Timestamps: r.Timestamps.slice(3), Values: r.Values.slice(3) } : r,
      ),
    }
    cw.on(GetMetricDataCommand)
      .resolvesOnce(asSdk(partial, FIXTURE_IDS))
      .resolvesOnce(asSdk(rest, FIXTURE_IDS, undefined, ALL_IDS))
    const meter = new CallMeter(0)
    const rows = await getLambdaMetrics(aws, meter, request)
    expect(rows.map((row) => row.invocations)).toEqual([1500, 2000, 4100, 9000, 11800, 12000])
    expect(cw.commandCalls(GetMetricDataCommand)[1]!.args[0].input.NextToken).toBe('synthetic-opaque-next-token')
    expect(meter.counts.cloudWatch.calls).toBe(2)
    expect(meter.counts.cloudWatch.metricsRequested).toBe(2 * LAMBDA_METRICS.length)
  })

  it('asks again for a series that came back InternalError, and uses the complete answer', async () => {
    const full = fixture('cloudwatch-get-metric-data.lambda.synthetic.json')
    cw.on(GetMetricDataCommand)
      .resolvesOnce(asSdk(full, FIXTURE_IDS, 'InternalError', ALL_IDS))
      .resolvesOnce(asSdk(full, FIXTURE_IDS, undefined, ALL_IDS))
    const rows = await getLambdaMetrics(aws, new CallMeter(0), request)
    expect(rows).toHaveLength(6)
    const retried = cw.commandCalls(GetMetricDataCommand)[1]!.args[0].input as GetMetricDataCommandInput
    expect(retried.MetricDataQueries).toHaveLength(LAMBDA_METRICS.length)
  })

  it('fails instead of storing a series that stays incomplete, and maps Forbidden to a permission error', async () => {
    const full = fixture('cloudwatch-get-metric-data.lambda.synthetic.json')
    cw.on(GetMetricDataCommand).resolves(asSdk(full, FIXTURE_IDS, 'PartialData', ALL_IDS))
    await expect(getLambdaMetrics(aws, new CallMeter(0), request)).rejects.toMatchObject({ kind: 'incomplete_data' })
    cw.reset()
    cw.on(GetMetricDataCommand).resolves(asSdk(full, FIXTURE_IDS, 'Forbidden', ALL_IDS))
    await expect(getLambdaMetrics(aws, new CallMeter(0), request)).rejects.toMatchObject({ kind: 'access_denied' })
  })

  it('batches at most 500 queries per call and asks for whole UTC days, oldest first', async () => {
    cw.on(GetMetricDataCommand).resolves({ MetricDataResults: [], $metadata: {} })
    const functionNames = Array.from({ length: 100 }, (_, i) => `fn-${i}`)
    // No data points at all: every series is absent, so it is requested again until the retries run out.
    await expect(
      getLambdaMetrics(aws, new CallMeter(0), {
        ...request,
        functionNames,
        range: { from: '2026-11-01', to: '2026-11-03' },
        periodSeconds: 86_400,
      }),
    ).rejects.toMatchObject({ kind: 'incomplete_data' })
    const first = cw.commandCalls(GetMetricDataCommand)[0]!.args[0].input as GetMetricDataCommandInput
    expect(first.MetricDataQueries!.length).toBeLessThanOrEqual(MAX_QUERIES_PER_CALL)
    expect(first.StartTime).toEqual(new Date('2026-11-01T00:00:00Z'))
    expect(first.EndTime).toEqual(new Date('2026-11-04T00:00:00Z'))
    expect(first.MetricDataQueries![0]).toMatchObject({
      Id: 'f0_m0',
      MetricStat: {
        Period: 86_400,
        Stat: 'Sum',
        Metric: {
          Namespace: 'AWS/Lambda',
          MetricName: 'Invocations',
          Dimensions: [{ Name: 'FunctionName', Value: 'fn-0' }],
        },
      },
    })
  })
})
