// One function's page: its series (daily from the derived cost table, or hourly priced on the fly), the
// configuration changes to mark on the timeline, its keep-warm budget against actual, and its incidents.
import 'server-only'
import { type IsoDay, type IsoMonth, addDaysTo, dateToDay } from '@/lib/domain/calendar'
import { configBefore, configOnDay } from '@/lib/domain/functions/config-in-force'
import { describeConfigChange } from '@/lib/domain/functions/describe-config-change'
import { parseArchitecture, parsePackageType } from '@/lib/domain/functions/function-config'
import { hourlyBucketsByDay } from '@/lib/domain/functions/timeline'
import { budgetFormula, sharePct } from '@/lib/domain/keep-warm/budget-vs-actual'
import { averageDuration } from '@/lib/domain/metrics'
import type { PeriodParams } from '@/lib/domain/periods/selected-period'
import { ZERO, sum, toAmountString, toDecimal } from '@/lib/domain/money'
import type { FunctionDetail } from '@/lib/schemas/functions'
import { simulatorPageSearch } from '@/lib/search-params/simulator'
import type { Db } from '@/lib/server/db/prisma'
import { hourlyCoverageFrom, loadFunctionHistories } from '@/lib/server/stored/function-histories'
import { notFound } from '@/lib/server/http/app-error'
import { loadBudgetMonths, loadSuggestions } from './keep-warm-budgets'
import { listIncidents } from './list-incidents'
import { periodDefaults, resolveRange } from './list-functions'
import { functionIdentitySelect, withAccountName } from './function-identity'

type ConfigRow = {
  valid_from: Date
  memory_mb: number
  architecture: string
  timeout_seconds: number
  runtime: string | null
  package_type: string
  ephemeral_storage_mb: number
  max_retry_attempts: number
  has_failure_destination: boolean
  provisioned_concurrency: number
  reserved_concurrency: number | null
}

export async function getFunctionDetail(
  db: Db,
  id: number,
  query: PeriodParams & { granularity?: 'day' | 'hour'; budgetMonth?: IsoMonth },
): Promise<FunctionDetail> {
  const found = await db.lambdaFunction.findUnique({ where: { id }, select: { ...functionIdentitySelect, arn: true } })
  if (!found) throw notFound(`Function ${id}`)
  const fn = withAccountName(found)
  const [defaults, hourlyFrom] = await Promise.all([periodDefaults(db), hourlyCoverageFrom(db)])
  const dataThrough = defaults.through
  const { from, to } = resolveRange(defaults, query)
  const granularity = query.granularity ?? 'day'
  const configRows = await db.$queryRawUnsafe<ConfigRow[]>(
    `SELECT valid_from, memory_mb, architecture, timeout_seconds, runtime, package_type, ephemeral_storage_mb, max_retry_attempts, has_failure_destination,
            provisioned_concurrency, reserved_concurrency FROM function_config_snapshot WHERE function_id = $1 ORDER BY valid_from`,
    id,
  )
  const configs = configRows.map(configDto)
  const endInstant = `${addDaysTo(to, 1)}T00:00:00.000Z`
  const current = configBefore(configs, endInstant, 'first')
  const configChanges = configs.flatMap((config, index) => {
    if (index === 0 || config.validFrom < `${from}T00:00:00.000Z` || config.validFrom >= endInstant) return []
    return [
      {
        at: config.validFrom,
        day: config.validFrom.slice(0, 10),
        changes: describeConfigChange(configs[index - 1]!, config),
      },
    ]
  })

  const [series, keepWarmRows, dailyCosts, budgetMonths, suggestions, incidents] = await Promise.all([
    granularity === 'hour' ? hourlySeries(db, id, from, to, hourlyFrom) : dailySeries(db, id, from, to),
    db.$queryRawUnsafe<
      {
        day: Date
        ping_attempts: number
        failed_ping_attempts: number
        ping_duration_ms: number | null
        ping_duration_noise_ms: number
        duration_source: string
        ping_cost_usd: string
        schedule_source: string
      }[]
    >(
      `SELECT day, ping_attempts, failed_ping_attempts, ping_duration_ms, ping_duration_noise_ms, duration_source, ping_cost_usd::text, schedule_source
       FROM keep_warm_daily WHERE function_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day`,
      id,
      from,
      to,
    ),
    db.$queryRawUnsafe<{ cost: string | null }[]>(
      'SELECT sum(cost_usd)::text AS cost FROM function_cost_daily WHERE function_id = $1 AND day BETWEEN $2::date AND $3::date',
      id,
      from,
      to,
    ),
    loadBudgetMonths(db, [id], { month: query.budgetMonth, history: true }),
    loadSuggestions(db, [id]),
    listIncidents(db, { from, to, functionId: id }),
  ])

  const budget = budgetMonths.budgets[0]?.budget ?? null
  const keepWarmDays = keepWarmRows.map((row) => {
    const day = dateToDay(row.day)
    const config = configOnDay(configs, day, 'first')
    const expected =
      budget && config
        ? budgetFormula({
            region: fn.region,
            architecture: config.architecture,
            memoryMb: config.memoryMb,
            budget,
            days: 1,
          })
        : null
    return {
      day,
      expectedPings: expected?.pings ?? null,
      pings: row.ping_attempts,
      failedPings: row.failed_ping_attempts,
      expectedDurationMs: budget?.pingDurationMs ?? null,
      pingDurationMs: row.ping_duration_ms,
      pingDurationNoiseMs: row.ping_duration_noise_ms,
      durationSource: row.duration_source as 'measured' | 'assumed' | 'unknown',
      expectedUsd: expected ? toAmountString(expected.totalUsd) : null,
      actualUsd: toAmountString(row.ping_cost_usd),
    }
  })
  const keepWarmUsd = sum(keepWarmRows.map((row) => row.ping_cost_usd))
  const functionCost = toDecimal(dailyCosts[0]?.cost ?? '0')
  return {
    function: fn,
    range: { from, to, granularity, hourlyFrom, dataThrough },
    config: current,
    configChanges,
    series,
    totals: {
      costUsd: toAmountString(sum(series.map((point) => point.costUsd))),
      invocations: series.reduce((total, point) => total + point.invocations, 0),
      errors: series.reduce((total, point) => total + point.errors, 0),
      throttles: series.reduce((total, point) => total + point.throttles, 0),
      gbSeconds: toAmountString(sum(series.map((point) => point.gbSeconds))),
    },
    keepWarm: {
      scheduleSource: budget
        ? 'budget'
        : ((keepWarmRows[0]?.schedule_source as 'detected' | undefined) ?? (suggestions.length ? 'detected' : null)),
      budget,
      suggestion: suggestions[0] ?? null,
      days: keepWarmDays,
      keepWarmUsd: toAmountString(keepWarmUsd),
      shareOfCostPct: keepWarmRows.length ? sharePct(keepWarmUsd, functionCost) : null,
      history: budgetMonths.budgets[0]?.history ?? [],
      months: budgetMonths.months,
    },
    incidents: incidents.incidents,
    // The simulator measures the days this page shows (leaving out days of open incidents, as it does by default).
    simulatorHref: `/simulator${simulatorPageSearch.search({ functionId: id, from, to })}`,
  }
}

function configDto(row: ConfigRow) {
  return {
    validFrom: row.valid_from.toISOString(),
    memoryMb: row.memory_mb,
    architecture: parseArchitecture(row.architecture),
    timeoutSeconds: row.timeout_seconds,
    runtime: row.runtime,
    packageType: parsePackageType(row.package_type),
    ephemeralStorageMb: row.ephemeral_storage_mb,
    maxRetryAttempts: row.max_retry_attempts,
    hasFailureDestination: row.has_failure_destination,
    provisionedConcurrency: row.provisioned_concurrency,
    reservedConcurrency: row.reserved_concurrency,
  }
}

async function dailySeries(db: Db, id: number, from: IsoDay, to: IsoDay): Promise<FunctionDetail['series']> {
  const rows = await db.$queryRawUnsafe<
    {
      day: Date
      invocations: number | null
      errors: number | null
      throttles: number | null
      duration_avg_ms: number | null
      duration_p99_ms: number | null
      duration_max_ms: number | null
      concurrent_executions_max: number | null
      gb_seconds: string | null
      cost: string | null
    }[]
  >(
    `SELECT d.day, m.invocations, m.errors, m.throttles, m.duration_avg_ms, m.duration_p99_ms, m.duration_max_ms, m.concurrent_executions_max,
            c.gb_seconds::text AS gb_seconds, c.cost_usd::text AS cost
     FROM generate_series($2::date, $3::date, interval '1 day') AS d(day)
     LEFT JOIN function_metric_daily m ON m.function_id = $1 AND m.day = d.day
     LEFT JOIN function_cost_daily c ON c.function_id = $1 AND c.day = d.day
     ORDER BY d.day`,
    id,
    from,
    to,
  )
  return rows.map((row) => ({
    t: dateToDay(row.day),
    invocations: row.invocations ?? 0,
    errors: row.errors ?? 0,
    throttles: row.throttles ?? 0,
    durationAvgMs: row.duration_avg_ms,
    durationP99Ms: row.duration_p99_ms,
    durationMaxMs: row.duration_max_ms,
    concurrencyMax: row.concurrent_executions_max,
    gbSeconds: toAmountString(row.gb_seconds ?? '0'),
    costUsd: toAmountString(row.cost ?? '0'),
  }))
}

/** Hourly metrics exist for the most recent days only; each hour is priced with the configuration then. */
async function hourlySeries(
  db: Db,
  id: number,
  from: IsoDay,
  to: IsoDay,
  hourlyFrom: IsoDay | null,
): Promise<FunctionDetail['series']> {
  if (!hourlyFrom) return []
  const start = from > hourlyFrom ? from : hourlyFrom
  if (start > to) return []
  const [history] = await loadFunctionHistories(db, [id], { from: start, to, hourlyFrom: start })
  if (!history) return []
  return [...hourlyBucketsByDay(history, start, to).values()].flat().map((hour) => ({
    t: hour.start,
    invocations: hour.metrics.invocations,
    errors: hour.metrics.errors,
    throttles: hour.metrics.throttles,
    durationAvgMs: averageDuration(hour.metrics),
    durationP99Ms: hour.metrics.durationP99Ms,
    durationMaxMs: hour.metrics.durationMaxMs,
    concurrencyMax: hour.metrics.concurrentExecutionsMax,
    gbSeconds: toAmountString(
      hour.config
        ? toDecimal(hour.metrics.durationSumMs)
            .div(1000)
            .times(toDecimal(hour.config.memoryMb).div(1024))
            .toDecimalPlaces(6)
        : ZERO,
    ),
    costUsd: toAmountString(hour.costUsd),
  }))
}
