// Recomputes the derived per-function daily cost estimates for a window, from stored metrics and
// configuration snapshots. Idempotent: the window's rows are replaced.
import 'server-only'
import type { IsoDay } from '@/lib/domain/calendar'
import { dateToDay } from '@/lib/domain/calendar'
import { type ConfigInForce, estimateFunctionDays } from '@/lib/domain/estimates/estimate-function-days'
import { parseArchitecture, parsePackageType } from '@/lib/domain/functions/function-config'
import type { FunctionMetricsSample } from '@/lib/domain/pricing/estimate-function-cost'
import type { Db } from '@/lib/server/db/prisma'
import { bulkInsert } from '@/lib/server/repositories/bulk-write'

type Executor = Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>

type CostRow = {
  functionId: number
  day: IsoDay
  rateCardVersion: string
  requests: string
  gbSeconds: string
  request: string
  duration: string
  provisioned: string
  storage: string
  total: string
}

export async function rebuildFunctionCosts(
  db: Executor,
  window: { from: IsoDay; to: IsoDay; functionIds?: number[] },
): Promise<number> {
  const ids = window.functionIds ?? null
  const functions = await db.$queryRawUnsafe<{ id: number; region: string }[]>(
    'SELECT id, region FROM lambda_function WHERE ($1::int4[] IS NULL OR id = ANY($1::int4[])) ORDER BY id',
    ids,
  )
  const snapshots = await db.$queryRawUnsafe<
    {
      function_id: number
      valid_from: Date
      memory_mb: number
      architecture: string
      ephemeral_storage_mb: number
      provisioned_concurrency: number
      package_type: string
    }[]
  >(
    `SELECT function_id, valid_from, memory_mb, architecture, ephemeral_storage_mb, provisioned_concurrency, package_type
     FROM function_config_snapshot WHERE ($1::int4[] IS NULL OR function_id = ANY($1::int4[])) ORDER BY function_id, valid_from`,
    ids,
  )
  const metrics = await db.$queryRawUnsafe<
    {
      function_id: number
      day: Date
      invocations: number
      duration_sum_ms: number
      provisioned_concurrency_invocations: number
    }[]
  >(
    `SELECT function_id, day, invocations, duration_sum_ms, provisioned_concurrency_invocations FROM function_metric_daily
     WHERE day BETWEEN $1::date AND $2::date AND ($3::int4[] IS NULL OR function_id = ANY($3::int4[]))`,
    window.from,
    window.to,
    ids,
  )

  const timelines = groupBy(snapshots, (s) => s.function_id)
  const metricsByFunction = groupBy(metrics, (m) => m.function_id)
  const rows: CostRow[] = []
  for (const fn of functions) {
    const timeline: ConfigInForce[] = (timelines.get(fn.id) ?? []).map((s) => ({
      validFrom: s.valid_from.toISOString(),
      memoryMb: s.memory_mb,
      architecture: parseArchitecture(s.architecture),
      ephemeralStorageMb: s.ephemeral_storage_mb,
      provisionedConcurrency: s.provisioned_concurrency,
      packageType: parsePackageType(s.package_type),
    }))
    if (timeline.length === 0) continue
    const metricsByDay = new Map<IsoDay, FunctionMetricsSample>(
      (metricsByFunction.get(fn.id) ?? []).map((m) => [
        dateToDay(m.day),
        {
          invocations: m.invocations,
          durationSumMs: m.duration_sum_ms,
          provisionedConcurrencyInvocations: m.provisioned_concurrency_invocations,
        },
      ]),
    )
    for (const estimate of estimateFunctionDays({
      region: fn.region,
      timeline,
      metricsByDay,
      from: window.from,
      to: window.to,
    })) {
      rows.push({
        functionId: fn.id,
        day: estimate.day,
        rateCardVersion: estimate.rateCardVersion,
        requests: estimate.requests.toDecimalPlaces(4).toFixed(),
        gbSeconds: estimate.gbSeconds.toDecimalPlaces(6).toFixed(),
        request: estimate.requestCostUsd.toDecimalPlaces(10).toFixed(),
        duration: estimate.durationCostUsd.toDecimalPlaces(10).toFixed(),
        provisioned: estimate.provisionedCostUsd.toDecimalPlaces(10).toFixed(),
        storage: estimate.storageCostUsd.toDecimalPlaces(10).toFixed(),
        total: estimate.costUsd.toDecimalPlaces(10).toFixed(),
      })
    }
  }

  await db.$executeRawUnsafe(
    'DELETE FROM function_cost_daily WHERE day BETWEEN $1::date AND $2::date AND ($3::int4[] IS NULL OR function_id = ANY($3::int4[]))',
    window.from,
    window.to,
    ids,
  )
  return bulkInsert(
    db,
    'function_cost_daily',
    [
      { name: 'function_id', type: 'int4', value: (r: CostRow) => r.functionId },
      { name: 'day', type: 'date', value: (r) => r.day },
      { name: 'requests', type: 'numeric', value: (r) => r.requests },
      { name: 'gb_seconds', type: 'numeric', value: (r) => r.gbSeconds },
      { name: 'request_cost_usd', type: 'numeric', value: (r) => r.request },
      { name: 'duration_cost_usd', type: 'numeric', value: (r) => r.duration },
      { name: 'provisioned_cost_usd', type: 'numeric', value: (r) => r.provisioned },
      { name: 'storage_cost_usd', type: 'numeric', value: (r) => r.storage },
      { name: 'cost_usd', type: 'numeric', value: (r) => r.total },
      { name: 'rate_card_version', type: 'text', value: (r) => r.rateCardVersion },
    ],
    rows,
  )
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const list = groups.get(key(item))
    if (list) list.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}
