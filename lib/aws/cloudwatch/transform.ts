// GetMetricData pages → per-function metric rows. Each page is validated before use; a series only counts
// once every page of it arrived with StatusCode Complete (the caller re-requests anything else).
import 'server-only'
import { z } from 'zod'
import { type MetricRecord, type MetricValues, averageDuration, emptyMetrics } from '@/lib/domain/metrics'
import { AwsSourceError } from '../errors'
import { LAMBDA_METRICS, parseQueryId } from './lambda-metrics'

export const metricPageSchema = z.object({
  NextToken: z.string().optional(),
  MetricDataResults: z
    .array(
      z
        .object({
          Id: z.string(),
          Label: z.string().optional(),
          Timestamps: z.array(z.date()).default([]),
          Values: z.array(z.number().refine(Number.isFinite, 'expected a finite number')).default([]),
          StatusCode: z.enum(['Complete', 'InternalError', 'PartialData', 'Forbidden']),
          Messages: z.array(z.object({ Code: z.string().optional(), Value: z.string().optional() })).optional(),
        })
        .refine(
          (result) => result.Timestamps.length === result.Values.length,
          'Timestamps and Values differ in length',
        ),
    )
    .default([]),
  Messages: z.array(z.object({ Code: z.string().optional(), Value: z.string().optional() })).optional(),
})

export type MetricPage = z.infer<typeof metricPageSchema>

export function parseMetricPage(raw: unknown): MetricPage {
  const result = metricPageSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new AwsSourceError(
      'invalid_response',
      `CloudWatch sent an unexpected GetMetricData response (${issue.path.join('.')}: ${issue.message}); nothing was written for this window.`,
    )
  }
  return result.data
}

/** One query's data points collected over all pages, and whether the series is complete. */
export type Series = { points: Map<number, number>; status: MetricPage['MetricDataResults'][number]['StatusCode'] }

/** Merges a page into the series by query id; the last status of a series wins (PartialData is followed by more pages). */
export function mergePage(series: Map<string, Series>, page: MetricPage) {
  for (const result of page.MetricDataResults) {
    const current = series.get(result.Id) ?? { points: new Map<number, number>(), status: result.StatusCode }
    result.Timestamps.forEach((timestamp, index) => current.points.set(timestamp.getTime(), result.Values[index]!))
    current.status = result.StatusCode
    series.set(result.Id, current)
  }
}

export type FunctionPeriodMetrics = { functionIndex: number; periodStart: Date } & MetricRecord

/**
 * Complete series → one record per function and period with any data point. Sums of periods without a data
 * point are 0 (Lambda emits nothing when idle), maxima null; the average duration is derived from the sum.
 */
export function toFunctionMetrics(series: ReadonlyMap<string, Series>): FunctionPeriodMetrics[] {
  const byKey = new Map<string, { functionIndex: number; periodStart: number; values: MetricValues }>()
  for (const [id, { points, status }] of series) {
    if (status !== 'Complete')
      throw new AwsSourceError('incomplete_data', `CloudWatch series ${id} is ${status}; it is not stored as complete.`)
    const parsed = parseQueryId(id)
    if (!parsed)
      throw new AwsSourceError('invalid_response', `CloudWatch returned a result for unknown query id "${id}".`)
    const spec = LAMBDA_METRICS[parsed.metricIndex]!
    for (const [periodStart, value] of points) {
      const key = `${parsed.functionIndex}/${periodStart}`
      const entry = byKey.get(key) ?? { functionIndex: parsed.functionIndex, periodStart, values: emptyMetrics() }
      ;(entry.values as Record<keyof MetricValues, number | null>)[spec.field] = value
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()]
    .sort((a, b) => a.functionIndex - b.functionIndex || a.periodStart - b.periodStart)
    .map(({ functionIndex, periodStart, values }) => ({
      functionIndex,
      periodStart: new Date(periodStart),
      ...values,
      durationAvgMs: averageDuration(values),
    }))
}
