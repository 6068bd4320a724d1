// The function list: estimated cost over a period and the period Costs compares it with, invocations and
// errors, keep-warm share, open incidents (as the Anomalies page lists them); filtered by account, region and name, sorted as asked.
import 'server-only'
import { type IsoDay, type IsoMonth, addDaysTo, daysBetweenInclusive } from '@/lib/domain/calendar'
import { comparisonPeriod } from '@/lib/domain/costs/periods'
import { type Period, type PeriodParams, monthPeriod, periodOf } from '@/lib/domain/periods/selected-period'
import { sharePct } from '@/lib/domain/keep-warm/budget-vs-actual'
import { toAmountString, toDecimal } from '@/lib/domain/money'
import { MAX_RANGE_DAYS } from '@/lib/schemas/common'
import type { FunctionsResponse } from '@/lib/schemas/functions'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { badRequest } from '@/lib/server/http/app-error'
import { getDataThrough } from './get-data-through'
import { defaultOverviewMonth, getDataBounds } from './get-overview'
import { incidentInRange, incidentIsOpen } from './incident-sql'

export const DEFAULT_RANGE_DAYS = 30

export type FunctionFilters = PeriodParams & {
  accountId?: string
  region?: string
  q?: string
  sort?: 'cost' | 'change' | 'errors' | 'name'
  order?: 'asc' | 'desc'
}

/** What a period defaults to: the Overview's month (the last complete month with data), and the last day with data. */
export type PeriodDefaults = { month: IsoMonth | null; through: IsoDay | null }

export async function periodDefaults(db: Db): Promise<PeriodDefaults> {
  const [bounds, through] = await Promise.all([getDataBounds(db), getDataThrough(db)])
  return { month: bounds ? defaultOverviewMonth(bounds.first, bounds.through) : null, through }
}

/**
 * The period from the URL: a month, a range, or without either the Overview's default month (so a bare link shows
 * what the Overview shows), else the last 30 days with data. A `from` given alone runs to the last day with data, so
 * the range it makes is checked here (a range with both ends was checked by the query schema).
 */
export function resolveRange(defaults: PeriodDefaults, query: PeriodParams): Period {
  const asked = periodOf(query)
  if (asked) return asked
  if (!query.from && !query.to && defaults.month) return monthPeriod(defaults.month)
  const end = query.to ?? defaults.through ?? clock.today()
  const range = { from: query.from ?? addDaysTo(end, -(DEFAULT_RANGE_DAYS - 1)), to: end }
  const days = daysBetweenInclusive(range.from, range.to)
  if (days < 1)
    throw badRequest(`Invalid \`from\`: ${range.from} is after the last day with data (${end}); give \`to\` as well.`)
  if (days > MAX_RANGE_DAYS)
    throw badRequest(
      `Invalid \`from\`: from ${range.from} to ${end} is ${days} days; the range may cover at most ${MAX_RANGE_DAYS} days.`,
    )
  return range
}

type Row = {
  id: number
  name: string
  account_id: string
  account_name: string
  region: string
  memory_mb: number | null
  architecture: string | null
  runtime: string | null
  cost: string
  previous: string
  invocations: number
  errors: number
  keep_warm: string | null
  open_incidents: number
  has_budget: boolean
}

export async function listFunctions(db: Db, filters: FunctionFilters): Promise<FunctionsResponse> {
  const defaults = await periodDefaults(db)
  const dataThrough = defaults.through
  const { from, to } = resolveRange(defaults, filters)
  // Compared as Costs compares the same period: a month with the month before, a range with the days before it.
  const { from: previousFrom, to: previousTo } = comparisonPeriod(from, to, dataThrough)
  const [rows, scopes] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(
      `SELECT f.id, f.name, f.account_id, acc.name AS account_name, f.region, cfg.memory_mb, cfg.architecture, cfg.runtime,
              coalesce(cur.cost, 0)::text AS cost, coalesce(prev.cost, 0)::text AS previous,
              coalesce(met.invocations, 0)::float8 AS invocations, coalesce(met.errors, 0)::float8 AS errors,
              kw.cost::text AS keep_warm, coalesce(an.n, 0)::int AS open_incidents, (b.function_id IS NOT NULL) AS has_budget
       FROM lambda_function f JOIN aws_account acc ON acc.id = f.account_id
       LEFT JOIN LATERAL (SELECT memory_mb, architecture, runtime FROM function_config_snapshot s WHERE s.function_id = f.id ORDER BY valid_from DESC LIMIT 1) cfg ON true
       LEFT JOIN (SELECT function_id, sum(cost_usd) AS cost FROM function_cost_daily WHERE day BETWEEN $1::date AND $2::date GROUP BY 1) cur ON cur.function_id = f.id
       LEFT JOIN (SELECT function_id, sum(cost_usd) AS cost FROM function_cost_daily WHERE day BETWEEN $3::date AND $4::date GROUP BY 1) prev ON prev.function_id = f.id
       LEFT JOIN (SELECT function_id, sum(invocations) AS invocations, sum(errors) AS errors FROM function_metric_daily WHERE day BETWEEN $1::date AND $2::date GROUP BY 1) met ON met.function_id = f.id
       LEFT JOIN (SELECT function_id, sum(ping_cost_usd) AS cost FROM keep_warm_daily WHERE day BETWEEN $1::date AND $2::date GROUP BY 1) kw ON kw.function_id = f.id
       LEFT JOIN (SELECT a.function_id, count(DISTINCT i.id) AS n FROM incident i JOIN anomaly a ON a.incident_id = i.id
                  WHERE ${incidentIsOpen('i')} AND ${incidentInRange('i', '$1::timestamptz', '($2::date + 1)::timestamptz')} GROUP BY 1) an ON an.function_id = f.id
       LEFT JOIN keep_warm_budget b ON b.function_id = f.id
       WHERE ($5::text IS NULL OR f.account_id = $5) AND ($6::text IS NULL OR f.region = $6) AND ($7::text IS NULL OR f.name ILIKE '%' || $7 || '%')`,
      from,
      to,
      previousFrom,
      previousTo,
      filters.accountId ?? null,
      filters.region ?? null,
      filters.q ? filters.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
    ),
    db.$queryRawUnsafe<{ account_id: string; account_name: string; region: string }[]>(
      'SELECT DISTINCT f.account_id, a.name AS account_name, f.region FROM lambda_function f JOIN aws_account a ON a.id = f.account_id ORDER BY 1, 3',
    ),
  ])
  const functions = rows.map((row) => {
    const cost = toDecimal(row.cost)
    const previous = toDecimal(row.previous)
    const change = cost.minus(previous)
    const keepWarm = row.keep_warm === null ? null : toDecimal(row.keep_warm)
    return {
      id: row.id,
      name: row.name,
      accountId: row.account_id,
      accountName: row.account_name,
      region: row.region,
      memoryMb: row.memory_mb,
      architecture: row.architecture,
      runtime: row.runtime,
      costUsd: toAmountString(cost),
      previousCostUsd: toAmountString(previous),
      changeUsd: toAmountString(change),
      changePct: previous.isZero() ? null : change.div(previous).times(100).toDecimalPlaces(1).toNumber(),
      invocations: row.invocations,
      errors: row.errors,
      errorRatePct: row.invocations > 0 ? Math.round((row.errors / row.invocations) * 10_000) / 100 : null,
      keepWarmUsd: keepWarm === null ? null : toAmountString(keepWarm),
      keepWarmSharePct: keepWarm === null ? null : sharePct(keepWarm, cost),
      openIncidents: row.open_incidents,
      hasBudget: row.has_budget,
    }
  })
  const by = filters.sort ?? 'cost'
  // Names read A to Z, amounts largest first, unless asked otherwise.
  const direction = (filters.order ?? (by === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1
  functions.sort((a, b) => {
    const primary =
      by === 'name'
        ? a.name.localeCompare(b.name)
        : by === 'errors'
          ? a.errors - b.errors
          : toDecimal(by === 'change' ? a.changeUsd : a.costUsd).comparedTo(
              toDecimal(by === 'change' ? b.changeUsd : b.costUsd),
            )
    return primary * direction || a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId)
  })
  return {
    from,
    to,
    previousFrom,
    previousTo,
    dataThrough,
    accounts: [
      ...new Map(
        scopes.map((scope) => [scope.account_id, { id: scope.account_id, name: scope.account_name }]),
      ).values(),
    ],
    regions: [...new Set(scopes.map((scope) => scope.region))].sort(),
    functions,
  }
}
