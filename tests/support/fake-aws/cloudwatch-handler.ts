// CloudWatch's GetMetricData (JSON 1.0) over the fake account's AWS/Lambda metrics: one result per query,
// datapoints per period for periods the function ran, MaxDatapoints paging with PartialData + NextToken.
import type { MetricValues } from '../../../lib/domain/metrics'
import type { FakeAccount } from './fake-account'
import { AwsFault } from './faults'

type Query = {
  Id: string
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] }
    Period: number
    Stat: string
  }
}
type Request = {
  MetricDataQueries: Query[]
  StartTime: number
  EndTime: number
  NextToken?: string
  ScanBy?: 'TimestampAscending' | 'TimestampDescending'
  MaxDatapoints?: number
}

// Metric name + statistic → the field the simulator computes (AWS/Lambda semantics).
const FIELDS: Record<string, keyof MetricValues> = {
  'Invocations/Sum': 'invocations',
  'Errors/Sum': 'errors',
  'Throttles/Sum': 'throttles',
  'Duration/Sum': 'durationSumMs',
  'Duration/Maximum': 'durationMaxMs',
  'Duration/p99': 'durationP99Ms',
  'ConcurrentExecutions/Maximum': 'concurrentExecutionsMax',
  'ProvisionedConcurrencyInvocations/Sum': 'provisionedConcurrencyInvocations',
  'ProvisionedConcurrencySpilloverInvocations/Sum': 'provisionedConcurrencySpilloverInvocations',
  'ProvisionedConcurrentExecutions/Maximum': 'provisionedConcurrentExecutionsMax',
  'ProvisionedConcurrencyUtilization/Maximum': 'provisionedConcurrencyUtilizationMax',
  'AsyncEventsReceived/Sum': 'asyncEventsReceived',
  'AsyncEventsDropped/Sum': 'asyncEventsDropped',
}

export function getMetricData(
  account: FakeAccount,
  context: { accountId: string; region: string },
  request: Request,
  options: { pageDatapoints: number; internalError: (queryId: string) => boolean; repeatToken: boolean },
) {
  if (request.MetricDataQueries.length > 500)
    throw new AwsFault(
      400,
      'ValidationError',
      'The collection MetricDataQueries must not have a size greater than 500.',
    )
  const ids = new Set<string>()
  const series = request.MetricDataQueries.map((query) => {
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(query.Id) || ids.has(query.Id))
      throw new AwsFault(400, 'ValidationError', `Invalid or duplicate query id ${query.Id}`)
    ids.add(query.Id)
    const stat = query.MetricStat
    if (!stat || stat.Metric.Namespace !== 'AWS/Lambda')
      throw new AwsFault(400, 'ValidationError', 'The fake CloudWatch serves AWS/Lambda metric statistics only')
    const field = FIELDS[`${stat.Metric.MetricName}/${stat.Stat}`]
    const name = stat.Metric.Dimensions?.find((d) => d.Name === 'FunctionName')?.Value
    const fn = name ? account.findFunction(context.accountId, context.region, name) : undefined
    const points: [number, number][] = []
    if (field && fn) {
      for (let start = request.StartTime * 1000; start < request.EndTime * 1000; start += stat.Period * 1000) {
        const value = account.metrics(fn, start, stat.Period)?.[field]
        if (value !== null && value !== undefined) points.push([start / 1000, value])
      }
    }
    if (request.ScanBy !== 'TimestampAscending') points.reverse()
    return { id: query.Id, label: stat.Metric.MetricName, points }
  })

  // The token is the position reached: [query index, point index]. Each page holds at most pageDatapoints points.
  let [queryIndex, pointIndex] = request.NextToken
    ? (JSON.parse(Buffer.from(request.NextToken, 'base64url').toString('utf8')) as [number, number])
    : [0, 0]
  let budget = Math.min(options.pageDatapoints, request.MaxDatapoints ?? 100_800)
  const results = []
  for (; queryIndex < series.length; queryIndex++, pointIndex = 0) {
    const { id, label, points } = series[queryIndex]!
    if (options.internalError(id)) {
      results.push({ Id: id, Label: label, Timestamps: [], Values: [], StatusCode: 'InternalError' })
      continue
    }
    const taken = points.slice(pointIndex, pointIndex + budget)
    budget -= taken.length
    const complete = pointIndex + taken.length >= points.length
    results.push({
      Id: id,
      Label: label,
      Timestamps: taken.map(([t]) => t),
      Values: taken.map(([, v]) => v),
      StatusCode: complete ? 'Complete' : 'PartialData',
    })
    if (!complete) {
      pointIndex += taken.length
      break
    }
  }
  const more = queryIndex < series.length
  const token = more
    ? Buffer.from(JSON.stringify(options.repeatToken ? [0, 1] : [queryIndex, pointIndex])).toString('base64url')
    : undefined
  return { MetricDataResults: results, ...(token ? { NextToken: token } : {}), Messages: [] }
}
