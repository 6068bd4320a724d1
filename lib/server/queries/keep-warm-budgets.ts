// Keep-warm budgets with their formula and a month against actual (and the month before), and suggested budgets for functions whose
// invocations look like a schedule; shared by the budgets API and the function page.
import 'server-only'
import {
  type IsoDay,
  type IsoMonth,
  addMonthsTo,
  dateToDay,
  eachMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
} from '@/lib/domain/calendar'
import { parseArchitecture } from '@/lib/domain/functions/function-config'
import { type BudgetMonth, budgetHistory, budgetMonth } from '@/lib/domain/keep-warm/budget-months'
import { type ActualDay, budgetFormula, type BudgetFormula } from '@/lib/domain/keep-warm/budget-vs-actual'
import { toAmountString, toDecimal } from '@/lib/domain/money'
import type { BudgetsResponse } from '@/lib/schemas/budgets'
import type { BudgetDto, KeepWarmMonthDto, SuggestionDto } from '@/lib/schemas/functions'
import type { Db } from '@/lib/server/db/prisma'
import { getDataThrough } from './get-data-through'

const FORMULA_DAYS = 30

export function formulaDto(formula: BudgetFormula) {
  return {
    days: formula.days,
    totalUsd: toAmountString(formula.totalUsd),
    lineItems: formula.lineItems.map((item) => ({
      label: item.label,
      formula: item.formula,
      costUsd: toAmountString(item.costUsd),
    })),
  }
}

type PingScheduleRow = {
  function_id: number
  name: string
  account_id: string
  account_name: string
  region: string
  interval_minutes: number
  concurrency: number
}

/** What a budget and a suggestion both say: the function, and a ping every `intervalMinutes`, `concurrency` at once. */
function pingSchedule(row: PingScheduleRow) {
  return {
    functionId: row.function_id,
    functionName: row.name,
    accountId: row.account_id,
    accountName: row.account_name,
    region: row.region,
    intervalMinutes: row.interval_minutes,
    concurrency: row.concurrency,
  }
}

type BudgetRow = PingScheduleRow & {
  ping_duration_ms: number
  memory_mb: number | null
  note: string | null
  source: string
  created_at: Date
  updated_at: Date
  config_memory_mb: number | null
  architecture: string | null
}

/** How far back a budget's months go: the months a month picker offers and the function page's history. */
const HISTORY_MONTHS = 13

/**
 * Budgets judged for `month` (default: the month of the last day with data) and the month before it; `history`
 * also judges each of the last 13 months with keep-warm data (the function page's history).
 */
export async function loadBudgets(
  db: Db,
  functionIds?: number[],
  options: { month?: IsoMonth } = {},
): Promise<BudgetDto[]> {
  return (await loadBudgetMonths(db, functionIds, options)).budgets.map(({ budget }) => budget)
}

/** The budgets page and `GET /api/budgets`: every budget judged for the month, and the suggestions. */
export async function getBudgets(db: Db, query: { month?: IsoMonth }): Promise<BudgetsResponse> {
  const [{ budgets, month, months }, suggestions] = await Promise.all([
    loadBudgetMonths(db, undefined, query),
    loadSuggestions(db),
  ])
  return { month, months, budgets: budgets.map(({ budget }) => budget), suggestions }
}

type BudgetMonths = {
  budgets: { budget: BudgetDto; history: KeepWarmMonthDto[] }[]
  month: IsoMonth | null
  months: IsoMonth[]
}

export async function loadBudgetMonths(
  db: Db,
  functionIds: number[] | undefined,
  options: { month?: IsoMonth; history?: boolean },
): Promise<BudgetMonths> {
  const through = await getDataThrough(db)
  const rows = await db.$queryRawUnsafe<BudgetRow[]>(
    `SELECT b.function_id, f.name, f.account_id, acc.name AS account_name, f.region, b.interval_minutes, b.concurrency, b.ping_duration_ms, b.memory_mb, b.note, b.source,
            b.created_at, b.updated_at, c.memory_mb AS config_memory_mb, c.architecture
     FROM keep_warm_budget b JOIN lambda_function f ON f.id = b.function_id JOIN aws_account acc ON acc.id = f.account_id
     LEFT JOIN LATERAL (SELECT memory_mb, architecture FROM function_config_snapshot s WHERE s.function_id = b.function_id ORDER BY valid_from DESC LIMIT 1) c ON true
     WHERE ($1::int4[] IS NULL OR b.function_id = ANY($1::int4[])) ORDER BY f.name, f.account_id`,
    functionIds ?? null,
  )
  const month = options.month ?? (through ? monthOf(through) : null)
  const months = through ? await keepWarmMonths(db, functionIds, monthOf(through)) : []
  // The months whose days are read: the one asked for and the one before, or the whole history.
  const first =
    options.history && months[0]
      ? minMonth(months[0], month && addMonthsTo(month, -1))
      : month && addMonthsTo(month, -1)
  const actual =
    through && first && month
      ? await actualDays(
          db,
          rows.map((row) => row.function_id),
          firstDayOf(first),
          lastDayOf(maxMonth(month, monthOf(through))),
        )
      : new Map<number, ActualDay[]>()
  const budgets = rows.map((row) => {
    const architecture = parseArchitecture(row.architecture ?? 'x86_64')
    const memoryMb = row.config_memory_mb ?? row.memory_mb ?? 128
    const terms = {
      intervalMinutes: row.interval_minutes,
      concurrency: row.concurrency,
      pingDurationMs: row.ping_duration_ms,
      memoryMb: row.memory_mb,
    }
    const formula = budgetFormula({ region: row.region, architecture, memoryMb, budget: terms, days: FORMULA_DAYS })
    const perDay = budgetFormula({ region: row.region, architecture, memoryMb, budget: terms, days: 1 }).totalUsd
    const days = actual.get(row.function_id) ?? []
    const judged = (judgedMonth: IsoMonth | null) =>
      through && judgedMonth
        ? budgetMonth({ month: judgedMonth, through, expectedPerDayUsd: perDay, actual: days })
        : null
    const budget = {
      ...pingSchedule(row),
      pingDurationMs: row.ping_duration_ms,
      memoryMb: row.memory_mb,
      effectiveMemoryMb: row.memory_mb ?? memoryMb,
      architecture,
      note: row.note,
      source: row.source,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      formula: formulaDto(formula),
      month: monthDto(judged(month)),
      previousMonth: monthDto(judged(month && addMonthsTo(month, -1))),
    }
    const history =
      options.history && through && months[0]
        ? budgetHistory({ first: months[0], through, expectedPerDayUsd: perDay, actual: days }).map((judgedMonth) =>
            monthDto(judgedMonth)!,
          )
        : []
    return { budget, history }
  })
  return { budgets, month, months }
}

function monthDto(month: BudgetMonth | null): KeepWarmMonthDto | null {
  return (
    month && {
      month: month.month,
      daysElapsed: month.daysElapsed,
      daysInMonth: month.daysInMonth,
      expectedUsd: toAmountString(month.expectedUsd),
      mtdExpectedUsd: toAmountString(month.mtdExpectedUsd),
      mtdActualUsd: toAmountString(month.mtdActualUsd),
      projectedUsd: toAmountString(month.projectedUsd),
      complete: month.complete,
      status: month.status,
      timesBudget: month.timesBudget,
      varianceUsd: toAmountString(month.varianceUsd),
    }
  )
}

/** The months with keep-warm data (of these functions, or any), the last 13 up to the month of the last day with data. */
async function keepWarmMonths(db: Db, functionIds: number[] | undefined, last: IsoMonth): Promise<IsoMonth[]> {
  const [row] = await db.$queryRawUnsafe<{ first: Date | null }[]>(
    `SELECT min(day) AS first FROM keep_warm_daily WHERE ($1::int4[] IS NULL OR function_id = ANY($1::int4[])) AND day >= $2::date`,
    functionIds ?? null,
    firstDayOf(addMonthsTo(last, -(HISTORY_MONTHS - 1))),
  )
  return row?.first ? eachMonth(monthOf(dateToDay(row.first)), last) : []
}

function minMonth(a: IsoMonth, b: IsoMonth | null): IsoMonth {
  return b !== null && b < a ? b : a
}

function maxMonth(a: IsoMonth, b: IsoMonth): IsoMonth {
  return a > b ? a : b
}

async function actualDays(db: Db, functionIds: number[], from: IsoDay, to: IsoDay) {
  const rows = await db.$queryRawUnsafe<{ function_id: number; day: Date; cost: string }[]>(
    `SELECT function_id, day, ping_cost_usd::text AS cost FROM keep_warm_daily WHERE function_id = ANY($1::int4[]) AND day BETWEEN $2::date AND $3::date ORDER BY function_id, day`,
    functionIds,
    from,
    to,
  )
  const byFunction = new Map<number, ActualDay[]>()
  for (const row of rows) {
    const days = byFunction.get(row.function_id) ?? []
    days.push({ day: dateToDay(row.day), pingCostUsd: toDecimal(row.cost) })
    byFunction.set(row.function_id, days)
  }
  return byFunction
}

export async function loadSuggestions(db: Db, functionIds?: number[]): Promise<SuggestionDto[]> {
  const rows = await db.$queryRawUnsafe<
    (PingScheduleRow & {
      pings_per_hour: number
      ping_duration_ms: number | null
      hours_matching: number
      hours_observed: number
      memory_mb: number | null
      architecture: string | null
      average_ms: number | null
    })[]
  >(
    `SELECT s.function_id, f.name, f.account_id, acc.name AS account_name, f.region, s.interval_minutes, s.concurrency, s.pings_per_hour, s.ping_duration_ms, s.hours_matching, s.hours_observed,
            c.memory_mb, c.architecture,
            (SELECT sum(duration_sum_ms) / nullif(sum(invocations), 0) FROM function_metric_daily m WHERE m.function_id = s.function_id AND m.day > (SELECT max(day) - 14 FROM function_metric_daily)) AS average_ms
     FROM keep_warm_suggestion s JOIN lambda_function f ON f.id = s.function_id JOIN aws_account acc ON acc.id = f.account_id
     LEFT JOIN keep_warm_budget b ON b.function_id = s.function_id
     LEFT JOIN LATERAL (SELECT memory_mb, architecture FROM function_config_snapshot x WHERE x.function_id = s.function_id ORDER BY valid_from DESC LIMIT 1) c ON true
     WHERE b.function_id IS NULL AND ($1::int4[] IS NULL OR s.function_id = ANY($1::int4[])) ORDER BY f.name, f.account_id`,
    functionIds ?? null,
  )
  return rows.map((row) => {
    const architecture = parseArchitecture(row.architecture ?? 'x86_64')
    const memoryMb = row.memory_mb ?? 128
    const pingDurationMs = Math.max(1, Math.round(row.ping_duration_ms ?? row.average_ms ?? 100))
    const formula = budgetFormula({
      region: row.region,
      architecture,
      memoryMb,
      budget: { intervalMinutes: row.interval_minutes, concurrency: row.concurrency, pingDurationMs, memoryMb: null },
      days: FORMULA_DAYS,
    })
    return {
      ...pingSchedule(row),
      pingsPerHour: row.pings_per_hour,
      hoursMatching: row.hours_matching,
      hoursObserved: row.hours_observed,
      pingDurationMs,
      durationSource: row.ping_duration_ms !== null ? ('measured' as const) : ('average' as const),
      memoryMb,
      architecture,
      formula: formulaDto(formula),
    }
  })
}
