// One anomaly with the daily series around it, for the chart in its expanded row: cost, and the metric that
// tells its story (errors for an error spike, keep-warm cost for a budget overrun, …), two weeks either side.
import 'server-only'
import type { AnomalyKind } from '@/lib/domain/anomalies/types'
import { addDaysTo, dateToDay, eachDay } from '@/lib/domain/calendar'
import { toAmountString } from '@/lib/domain/money'
import type { AnomalyDetail } from '@/lib/schemas/anomalies'
import type { Db } from '@/lib/server/db/prisma'
import { COUNTED_COST_LINES } from './counted-cost-lines'
import { notFound } from '@/lib/server/http/app-error'
import { anomaliesByIds } from './list-anomalies'

const CONTEXT_DAYS = 14

const METRICS: Record<AnomalyKind, { label: string; sql: string }> = {
  retry_amplification: { label: 'Errors', sql: 'm.errors' },
  timeout_amplification: { label: 'Errors (timeouts)', sql: 'm.errors' },
  error_spike: { label: 'Errors', sql: 'm.errors' },
  throttle_spike: { label: 'Throttles', sql: 'm.throttles' },
  duration_exceeds_wall_clock: { label: 'Billed hours', sql: 'm.duration_sum_ms / 3600000.0' },
  cost_spike: { label: 'Invocations', sql: 'm.invocations' },
  warmup_budget_overrun: { label: 'Keep-warm cost (USD)', sql: 'k.ping_cost_usd::float8' },
  config_risk: { label: 'Invocations', sql: 'm.invocations' },
}

export async function getAnomaly(db: Db, id: number): Promise<AnomalyDetail> {
  const [anomaly] = await anomaliesByIds(db, [id])
  if (!anomaly) throw notFound(`Anomaly ${id}`)
  // A lint covers the configuration's whole life: its recent month is what matters.
  const from =
    anomaly.kind === 'config_risk' ? addDaysTo(anomaly.lastDay, -29) : addDaysTo(anomaly.firstDay, -CONTEXT_DAYS)
  const to = anomaly.kind === 'config_risk' ? anomaly.lastDay : addDaysTo(anomaly.lastDay, CONTEXT_DAYS)
  const byDay = new Map<string, { cost: string; metric: number | null }>()
  if (anomaly.functionId !== null) {
    const metric = METRICS[anomaly.kind]
    const rows = await db.$queryRawUnsafe<{ day: Date; cost: string | null; metric: number | null }[]>(
      `SELECT d.day, c.cost_usd::text AS cost, (${metric.sql})::float8 AS metric
       FROM generate_series($2::date, $3::date, interval '1 day') AS d(day)
       LEFT JOIN function_cost_daily c ON c.function_id = $1 AND c.day = d.day
       LEFT JOIN function_metric_daily m ON m.function_id = $1 AND m.day = d.day
       LEFT JOIN keep_warm_daily k ON k.function_id = $1 AND k.day = d.day
       ORDER BY d.day`,
      anomaly.functionId,
      from,
      to,
    )
    for (const row of rows) byDay.set(dateToDay(row.day), { cost: row.cost ?? '0', metric: row.metric })
  } else {
    const rows = await db.$queryRawUnsafe<{ day: Date; cost: string }[]>(
      `SELECT day, sum(unblended_cost)::text AS cost FROM ${COUNTED_COST_LINES} cost_line_item
       WHERE account_id = $1 AND service = $2 AND usage_type = $3 AND day BETWEEN $4::date AND $5::date GROUP BY day`,
      anomaly.accountId,
      anomaly.service,
      anomaly.usageType,
      from,
      to,
    )
    for (const row of rows) byDay.set(dateToDay(row.day), { cost: row.cost, metric: null })
  }
  return {
    ...anomaly,
    context: {
      metricLabel: anomaly.functionId !== null ? METRICS[anomaly.kind].label : 'Billed cost (USD)',
      costLabel: anomaly.functionId !== null ? 'Estimated cost (USD)' : 'Billed cost (USD)',
      points: eachDay(from, to).map((day) => ({
        day,
        costUsd: toAmountString(byDay.get(day)?.cost ?? '0'),
        metric: byDay.get(day)?.metric ?? null,
      })),
    },
  }
}
