// Runs the detectors for a window and upserts on the fingerprint (kind, scope, first day of the episode):
// re-runs update episodes, keeping first-detection time; anomalies of open incidents in the window that are no
// longer detected (restated data) are removed (an acknowledged or muted incident keeps its record). Then the
// accounts touched are regrouped into incidents, which keep their status and alerts (regroup-incidents.ts).
import 'server-only'
import { attributeUsageTypeSpikes } from '@/lib/domain/anomalies/attribute-usage-type-spikes'
import { detectFunctionAnomalies, LOOKBACK_DAYS } from '@/lib/domain/anomalies/detect-function-anomalies'
import { detectUsageTypeAnomalies, type UsageTypeSeries } from '@/lib/domain/anomalies/detect-usage-type-anomalies'
import type { DetectedAnomaly } from '@/lib/domain/anomalies/types'
import { type IsoDay, addDaysTo, dateToDay } from '@/lib/domain/calendar'
import { clock } from '@/lib/server/clock'
import { COUNTED_COST_LINES } from '@/lib/server/queries/counted-cost-lines'
import { bulkInsert, upsertOn } from '@/lib/server/repositories/bulk-write'
import {
  type Executor,
  chunks,
  functionIdsIn,
  hourlyCoverageFrom,
  loadFunctionHistories,
} from '@/lib/server/stored/function-histories'
import { regroupIncidents } from './regroup-incidents'

const CHUNK = 200

export type DetectionSummary = { anomalies: number; removed: number }

/** `usageTypes: false` skips the account-level usage-type series (a single function's refresh). */
export async function detectAnomalies(
  db: Executor,
  window: { from: IsoDay; to: IsoDay; functionIds?: number[] },
  options: { usageTypes?: boolean } = {},
): Promise<DetectionSummary> {
  const ids = await functionIdsIn(db, window.functionIds)
  const hourlyFrom = await hourlyCoverageFrom(db)
  const range = { from: window.from, to: window.to, hourlyFrom }
  const found: DetectedAnomaly[] = []
  for (const slice of chunks(ids, CHUNK)) {
    const histories = await loadFunctionHistories(db, slice, {
      from: addDaysTo(window.from, -LOOKBACK_DAYS),
      to: window.to,
      hourlyFrom,
    })
    for (const history of histories) found.push(...detectFunctionAnomalies(history, range))
  }
  const touched = await accountsOf(db, window.functionIds)
  const accounts = options.usageTypes === false ? [] : touched
  for (const series of await usageTypeSeries(db, accounts, addDaysTo(window.from, -LOOKBACK_DAYS), window.to))
    found.push(...detectUsageTypeAnomalies(series, range))

  // First detection by the server's clock (alert rules compare it with their creation), never updated.
  const now = clock.now()
  const detectedAt = { name: 'detected_at', type: 'timestamptz' as const, value: () => now }
  const anomalies = await bulkInsert(
    db,
    'anomaly',
    [...columns, detectedAt],
    attributeUsageTypeSpikes(found),
    upsertOn(['fingerprint'], columns),
  )
  const removed = await db.$executeRawUnsafe(
    `DELETE FROM anomaly a WHERE a.period_end > $1::timestamptz AND a.period_start < $2::timestamptz
       AND ((a.function_id = ANY($3::int4[])) OR (a.function_id IS NULL AND a.account_id = ANY($4::text[])))
       AND NOT (a.fingerprint = ANY($5::text[]))
       AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = a.incident_id AND i.status <> 'open')`,
    `${window.from}T00:00:00.000Z`,
    `${addDaysTo(window.to, 1)}T00:00:00.000Z`,
    ids,
    accounts,
    found.map((anomaly) => anomaly.fingerprint),
  )
  await regroupIncidents(db, touched, now)
  return { anomalies, removed }
}

async function accountsOf(db: Executor, functionIds?: number[]): Promise<string[]> {
  const rows = functionIds
    ? await db.$queryRawUnsafe<{ id: string }[]>(
        'SELECT DISTINCT account_id AS id FROM lambda_function WHERE id = ANY($1::int4[])',
        functionIds,
      )
    : await db.$queryRawUnsafe<{ id: string }[]>('SELECT id FROM aws_account')
  return rows.map((row) => row.id)
}

async function usageTypeSeries(db: Executor, accounts: string[], from: IsoDay, to: IsoDay): Promise<UsageTypeSeries[]> {
  if (accounts.length === 0) return []
  const rows = await db.$queryRawUnsafe<
    {
      account_id: string
      service: string
      usage_type: string
      region: string
      day: Date
      cost: string
      quantity: string
    }[]
  >(
    `SELECT account_id, service, usage_type, region, day, sum(unblended_cost)::text AS cost, sum(usage_quantity)::text AS quantity
     FROM ${COUNTED_COST_LINES} cost_line_item WHERE account_id = ANY($1::text[]) AND day BETWEEN $2::date AND $3::date
     GROUP BY account_id, service, usage_type, region, day ORDER BY account_id, service, usage_type, region, day`,
    accounts,
    from,
    to,
  )
  const series = new Map<string, UsageTypeSeries>()
  for (const row of rows) {
    const key = `${row.account_id}|${row.service}|${row.usage_type}|${row.region}`
    let entry = series.get(key)
    if (!entry)
      series.set(
        key,
        (entry = {
          accountId: row.account_id,
          service: row.service,
          usageType: row.usage_type,
          region: row.region,
          days: [],
        }),
      )
    entry.days.push({ day: dateToDay(row.day), costUsd: row.cost, quantity: row.quantity })
  }
  return [...series.values()]
}

const columns = [
  { name: 'fingerprint', type: 'text' as const, value: (a: DetectedAnomaly) => a.fingerprint },
  { name: 'kind', type: 'text' as const, value: (a: DetectedAnomaly) => a.kind },
  { name: 'account_id', type: 'text' as const, value: (a: DetectedAnomaly) => a.accountId },
  {
    name: 'function_id',
    type: 'int4' as const,
    value: (a: DetectedAnomaly) => (a.functionKey === null ? null : Number(a.functionKey)),
  },
  { name: 'region', type: 'text' as const, value: (a: DetectedAnomaly) => a.region },
  { name: 'service', type: 'text' as const, value: (a: DetectedAnomaly) => a.service },
  { name: 'usage_type', type: 'text' as const, value: (a: DetectedAnomaly) => a.usageType },
  { name: 'period_start', type: 'timestamptz' as const, value: (a: DetectedAnomaly) => a.periodStart },
  { name: 'period_end', type: 'timestamptz' as const, value: (a: DetectedAnomaly) => a.periodEnd },
  { name: 'severity', type: 'text' as const, value: (a: DetectedAnomaly) => a.severity },
  {
    name: 'impact_usd',
    type: 'numeric' as const,
    value: (a: DetectedAnomaly) => a.impactUsd.toDecimalPlaces(10).toFixed(),
  },
  {
    name: 'exposure_usd',
    type: 'numeric' as const,
    value: (a: DetectedAnomaly) => a.exposureUsd?.toDecimalPlaces(10).toFixed() ?? null,
  },
  { name: 'explanation', type: 'text' as const, value: (a: DetectedAnomaly) => a.explanation },
  { name: 'evidence', type: 'jsonb' as const, value: (a: DetectedAnomaly) => JSON.stringify(a.evidence) },
]
