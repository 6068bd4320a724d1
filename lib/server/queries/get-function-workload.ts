import 'server-only'
import { dateToDay, daysBetweenInclusive } from '@/lib/domain/calendar'
import { parseArchitecture } from '@/lib/domain/functions/function-config'
import { workloadFromMetrics, type FunctionWorkload, type MeasuredFunction } from '@/lib/domain/simulator/workload-from-metrics'
import type { Db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'

const DAILY_WINDOW_DAYS = 30
const HOURLY_WINDOW_DAYS = 14

/**
 * A function's measured workload for the simulator: the last 30 days of its daily metrics (ending at its own
 * latest day, so stale data still answers), the last 14 days of hourly metrics, its current configuration and
 * keep-warm budget.
 */
export async function getFunctionWorkload(db: Db, functionId: number): Promise<FunctionWorkload> {
  const fn = await db.lambdaFunction.findUnique({ where: { id: functionId }, select: { id: true, name: true, accountId: true, region: true } })
  if (!fn) throw notFound(`Function ${functionId}`)
  const [config, budget, daily, hourly] = await Promise.all([
    db.functionConfigSnapshot.findFirst({
      where: { functionId },
      orderBy: { validFrom: 'desc' },
      select: { memoryMb: true, architecture: true, ephemeralStorageMb: true, provisionedConcurrency: true },
    }),
    db.keepWarmBudget.findUnique({ where: { functionId }, select: { intervalMinutes: true, concurrency: true, pingDurationMs: true } }),
    db.$queryRaw<{ first: Date; last: Date; invocations: number; durationSumMs: number; p99: number | null; peak: number | null }[]>`
      WITH bounds AS (SELECT max(day) AS last FROM function_metric_daily WHERE function_id = ${functionId})
      SELECT min(d.day) AS first, b.last, sum(d.invocations)::float8 AS invocations, sum(d.duration_sum_ms)::float8 AS "durationSumMs",
             (sum(d.invocations * d.duration_p99_ms) FILTER (WHERE d.duration_p99_ms IS NOT NULL)
               / nullif(sum(d.invocations) FILTER (WHERE d.duration_p99_ms IS NOT NULL), 0))::float8 AS p99,
             max(d.concurrent_executions_max)::float8 AS peak
      FROM function_metric_daily d JOIN bounds b ON d.day > b.last - ${DAILY_WINDOW_DAYS}::int
      WHERE d.function_id = ${functionId}
      GROUP BY b.last`,
    db.$queryRaw<{ hourOfDay: number; invocations: number; days: number }[]>`
      WITH recent AS (
        SELECT h.hour AT TIME ZONE 'UTC' AS utc, h.invocations FROM function_metric_hourly h
        WHERE h.function_id = ${functionId}
          AND h.hour > (SELECT max(hour) FROM function_metric_hourly WHERE function_id = ${functionId}) - make_interval(days => ${HOURLY_WINDOW_DAYS}::int))
      SELECT extract(hour FROM utc)::int AS "hourOfDay", sum(invocations)::float8 AS invocations,
             (SELECT count(DISTINCT utc::date) FROM recent)::int AS days
      FROM recent GROUP BY 1`,
  ])
  const row = daily[0]
  const from = row ? dateToDay(row.first) : null
  const to = row ? dateToDay(row.last) : null
  const measured: MeasuredFunction = {
    function: fn,
    config: config && { ...config, architecture: parseArchitecture(config.architecture) },
    budget,
    daily: row && from && to
      ? { from, to, days: daysBetweenInclusive(from, to), invocations: row.invocations, durationSumMs: row.durationSumMs, p99Weighted: row.p99, peakConcurrency: row.peak }
      : null,
    hourly: hourly.length
      ? { days: hourly[0]!.days, invocations: Array.from({ length: 24 }, (_, hour) => hourly.find((entry) => entry.hourOfDay === hour)?.invocations ?? 0) }
      : null,
  }
  return workloadFromMetrics(measured)
}
