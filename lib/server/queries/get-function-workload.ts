import 'server-only'
import { addDaysTo, dateToDay, dayToDate, daysBetweenInclusive, type IsoDay } from '@/lib/domain/calendar'
import type { AnomalyKind } from '@/lib/domain/anomalies/types'
import { parseArchitecture } from '@/lib/domain/functions/function-config'
import { anomalyDaysIn, type WorkloadWindow } from '@/lib/domain/simulator/anomaly-days'
import {
  workloadFromMetrics,
  type FunctionWorkload,
  type MeasuredFunction,
} from '@/lib/domain/simulator/workload-from-metrics'
import type { Db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import { functionIdentitySelect, withAccountName } from './function-identity'

const DAILY_WINDOW_DAYS = 30

/**
 * A function's measured workload for the simulator over a window of days: its daily metrics and, where they
 * exist, its hourly ones, without the days of its open incidents unless asked (they measure the incident, not the
 * workload); its current configuration and keep-warm budget.
 */
export async function getFunctionWorkload(
  db: Db,
  functionId: number,
  window: WorkloadWindow = { anomalyDays: 'exclude' },
): Promise<FunctionWorkload> {
  const found = await db.lambdaFunction.findUnique({ where: { id: functionId }, select: functionIdentitySelect })
  if (!found) throw notFound(`Function ${functionId}`)
  const fn = withAccountName(found)
  const to = window.to ?? (await lastDayWithMetrics(db, functionId))
  if (to === null)
    return workloadFromMetrics({
      function: fn,
      ...(await configAndBudget(db, functionId)),
      daily: null,
      hourly: null,
      anomalyDays: { mode: window.anomalyDays, days: [], anomalies: [] },
    })
  const from = window.from ?? addDaysTo(to, 1 - DAILY_WINDOW_DAYS)
  const open = await db.anomaly.findMany({
    where: {
      functionId,
      incident: { status: 'open' },
      periodStart: { lt: dayToDate(addDaysTo(to, 1)) },
      periodEnd: { gt: dayToDate(from) },
    },
    select: { kind: true, periodStart: true, periodEnd: true },
  })
  // periodEnd is exclusive: an anomaly's last day is the one its last instant falls on.
  const anomalyDays = anomalyDaysIn(
    open.map((anomaly) => ({
      kind: anomaly.kind as AnomalyKind,
      firstDay: dateToDay(anomaly.periodStart),
      lastDay: dateToDay(new Date(anomaly.periodEnd.getTime() - 1)),
    })),
    from,
    to,
    window.anomalyDays,
  )
  const leftOut = window.anomalyDays === 'exclude' ? anomalyDays.days : []
  const [configured, daily, hourly] = await Promise.all([
    configAndBudget(db, functionId),
    db.$queryRaw<
      { first: Date; last: Date; invocations: number; durationSumMs: number; p99: number | null; peak: number | null }[]
    >`
      SELECT min(d.day) AS first, max(d.day) AS last, sum(d.invocations)::float8 AS invocations, sum(d.duration_sum_ms)::float8 AS "durationSumMs",
             (sum(d.invocations * d.duration_p99_ms) FILTER (WHERE d.duration_p99_ms IS NOT NULL)
               / nullif(sum(d.invocations) FILTER (WHERE d.duration_p99_ms IS NOT NULL), 0))::float8 AS p99,
             max(d.concurrent_executions_max)::float8 AS peak
      FROM function_metric_daily d
      WHERE d.function_id = ${functionId} AND d.day BETWEEN ${from}::date AND ${to}::date AND NOT (d.day = ANY(${leftOut}::date[]))
      HAVING count(*) > 0`,
    db.$queryRaw<{ hourOfDay: number; invocations: number; days: number }[]>`
      WITH recent AS (
        SELECT h.hour AT TIME ZONE 'UTC' AS utc, h.invocations FROM function_metric_hourly h
        WHERE h.function_id = ${functionId}
          AND h.hour >= ${from}::date::timestamp AT TIME ZONE 'UTC' AND h.hour < (${to}::date + 1)::timestamp AT TIME ZONE 'UTC'
          AND NOT ((h.hour AT TIME ZONE 'UTC')::date = ANY(${leftOut}::date[])))
      SELECT extract(hour FROM utc)::int AS "hourOfDay", sum(invocations)::float8 AS invocations,
             (SELECT count(DISTINCT utc::date) FROM recent)::int AS days
      FROM recent GROUP BY 1`,
  ])
  const row = daily[0]
  const first = row ? dateToDay(row.first) : null
  const last = row ? dateToDay(row.last) : null
  // Days without a row are days without invocations; days left out are not measured at all.
  const measuredDays = (start: IsoDay, end: IsoDay) =>
    daysBetweenInclusive(start, end) - leftOut.filter((day) => day >= start && day <= end).length
  const measured: MeasuredFunction = {
    function: fn,
    ...configured,
    daily:
      row && first && last
        ? {
            from: first,
            to: last,
            days: measuredDays(first, last),
            invocations: row.invocations,
            durationSumMs: row.durationSumMs,
            p99Weighted: row.p99,
            peakConcurrency: row.peak,
          }
        : null,
    hourly: hourly.length
      ? {
          days: hourly[0]!.days,
          invocations: Array.from(
            { length: 24 },
            (_, hour) => hourly.find((entry) => entry.hourOfDay === hour)?.invocations ?? 0,
          ),
        }
      : null,
    anomalyDays,
  }
  return workloadFromMetrics(measured)
}

async function lastDayWithMetrics(db: Db, functionId: number): Promise<IsoDay | null> {
  const { _max } = await db.functionMetricDaily.aggregate({ where: { functionId }, _max: { day: true } })
  return _max.day ? dateToDay(_max.day) : null
}

/** The function's current configuration and keep-warm budget, whatever the window. */
async function configAndBudget(db: Db, functionId: number): Promise<Pick<MeasuredFunction, 'config' | 'budget'>> {
  const [config, budget] = await Promise.all([
    db.functionConfigSnapshot.findFirst({
      where: { functionId },
      orderBy: { validFrom: 'desc' },
      select: { memoryMb: true, architecture: true, ephemeralStorageMb: true, provisionedConcurrency: true },
    }),
    db.keepWarmBudget.findUnique({
      where: { functionId },
      select: { intervalMinutes: true, concurrency: true, pingDurationMs: true },
    }),
  ])
  return { config: config && { ...config, architecture: parseArchitecture(config.architecture) }, budget }
}
