// Fetches the Lambda metrics of many functions for one period length: up to 500 queries per call, following
// NextToken; series that come back PartialData without a token, or InternalError, are requested again, and a
// series still incomplete after that fails the window rather than being stored as if complete.
import 'server-only'
import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch'
import { addDaysTo } from '@/lib/domain/calendar'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import type { CallMeter } from '../call-meter'
import type { AwsClients } from '../clients'
import { AwsSourceError, toAwsSourceError } from '../errors'
import { FUNCTIONS_PER_CALL, LAMBDA_METRICS, queryId } from './lambda-metrics'
import { type FunctionPeriodMetrics, type Series, mergePage, parseMetricPage, toFunctionMetrics } from './transform'

const ACTION = 'cloudwatch:GetMetricData'
const INCOMPLETE_RETRIES = 3

export type MetricRequest = {
  region: string
  functionNames: readonly string[]
  range: DayRange
  periodSeconds: 3600 | 86_400
}

/** Rows carry the index of their function in `functionNames`. */
export async function getLambdaMetrics(
  aws: AwsClients,
  meter: CallMeter,
  request: MetricRequest,
  signal?: AbortSignal,
): Promise<FunctionPeriodMetrics[]> {
  const rows: FunctionPeriodMetrics[] = []
  for (let start = 0; start < request.functionNames.length; start += FUNCTIONS_PER_CALL) {
    const queries: MetricDataQuery[] = []
    request.functionNames.slice(start, start + FUNCTIONS_PER_CALL).forEach((name, offset) => {
      LAMBDA_METRICS.forEach((spec, metricIndex) => {
        queries.push({
          Id: queryId(start + offset, metricIndex),
          MetricStat: {
            Metric: {
              Namespace: 'AWS/Lambda',
              MetricName: spec.metricName,
              Dimensions: [{ Name: 'FunctionName', Value: name }],
            },
            Period: request.periodSeconds,
            Stat: spec.stat,
          },
          ReturnData: true,
        })
      })
    })
    rows.push(...toFunctionMetrics(await fetchComplete(aws, meter, request, queries, signal)))
  }
  return rows
}

async function fetchComplete(
  aws: AwsClients,
  meter: CallMeter,
  request: MetricRequest,
  queries: MetricDataQuery[],
  signal?: AbortSignal,
): Promise<Map<string, Series>> {
  const complete = new Map<string, Series>()
  let pending = queries
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > INCOMPLETE_RETRIES) {
      const ids = pending
        .map((query) => query.Id)
        .slice(0, 5)
        .join(', ')
      throw new AwsSourceError(
        'incomplete_data',
        `CloudWatch kept answering PartialData/InternalError for ${pending.length} series (${ids}…) after ${INCOMPLETE_RETRIES} retries; the window was not written.`,
        { action: ACTION },
      )
    }
    if (attempt > 0) await pause(200 * attempt, signal)
    const series = await fetchAllPages(aws, meter, request, pending, signal)
    const retry: MetricDataQuery[] = []
    for (const query of pending) {
      const result = series.get(query.Id!)
      if (result?.status === 'Forbidden')
        throw new AwsSourceError(
          'access_denied',
          `CloudWatch answered Forbidden for ${query.Id}: the credentials may not read AWS/Lambda metrics in ${request.region} (${ACTION}).`,
          { action: ACTION },
        )
      if (result === undefined || result.status !== 'Complete') retry.push(query)
      else complete.set(query.Id!, result)
    }
    pending = retry
  }
  return complete
}

async function fetchAllPages(
  aws: AwsClients,
  meter: CallMeter,
  request: MetricRequest,
  queries: MetricDataQuery[],
  signal?: AbortSignal,
): Promise<Map<string, Series>> {
  const series = new Map<string, Series>()
  const seen = new Set<string>()
  let token: string | undefined
  do {
    meter.cloudWatchCall(queries.length)
    let raw
    try {
      raw = await aws.cloudWatch(request.region).send(
        new GetMetricDataCommand({
          MetricDataQueries: queries,
          StartTime: new Date(`${request.range.from}T00:00:00Z`),
          EndTime: new Date(`${addDaysTo(request.range.to, 1)}T00:00:00Z`),
          ScanBy: 'TimestampAscending',
          NextToken: token,
        }),
        { abortSignal: signal },
      )
    } catch (error) {
      throw toAwsSourceError(error, ACTION)
    }
    meter.retried('cloudWatch', raw.$metadata?.attempts)
    const page = parseMetricPage(raw)
    mergePage(series, page)
    token = page.NextToken || undefined
    if (token !== undefined) {
      if (seen.has(token))
        throw new AwsSourceError(
          'pagination',
          'CloudWatch returned the same NextToken twice; stopped to avoid a loop.',
          { action: ACTION },
        )
      seen.add(token)
    }
  } while (token !== undefined)
  return series
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AwsSourceError('aborted', 'The run was cancelled.'))
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new AwsSourceError('aborted', 'The run was cancelled.'))
      },
      { once: true },
    )
  })
}
