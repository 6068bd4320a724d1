// GET /api/exports/functions.csv?month=YYYY-MM: one row per Lambda function for finance — usage, estimated
// cost, the change against the previous month with its dominant reason (from the change decomposition), the
// keep-warm budget against the pings actually measured — and a marked total row last. Streamed through a cursor.
import 'server-only'
import type pg from 'pg'
import {
  type IsoDay,
  type IsoMonth,
  addMonthsTo,
  daysBetweenInclusive,
  firstDayOf,
  lastDayOf,
} from '@/lib/domain/calendar'
import { type CsvCell, type CsvColumn, createCsvWriter } from '@/lib/domain/csv/csv-writer'
import { DETAIL_ROW, ROW_TYPE_COLUMN, createColumnTotals } from '@/lib/domain/csv/total-row'
import { parseArchitecture } from '@/lib/domain/functions/function-config'
import { type Decomposition, DRIVERS } from '@/lib/domain/insights/decompose-change'
import { toAmountString, toDecimal } from '@/lib/domain/money'
import { keepWarmCost } from '@/lib/domain/pricing/keep-warm-cost'
import { MissingRateError } from '@/lib/domain/pricing/missing-rate-error'
import { streamRows } from '@/lib/server/db/stream-rows'
import { type FunctionPeriodsRow, decomposeRow, functionPeriodsSql } from '@/lib/server/queries/function-periods-sql'

const text = (header: string): CsvColumn => ({ header, kind: 'text' })
const number = (header: string): CsvColumn => ({ header, kind: 'number' })

/** The detail columns, named for what they are; every row starts with row_type (see lib/domain/csv/total-row.ts). */
export const FUNCTIONS_CSV_COLUMNS: CsvColumn[] = [
  text('account_id'),
  text('account_name'),
  text('region'),
  text('function_name'),
  text('architecture'),
  number('memory_mb'),
  number('invocations'),
  number('errors'),
  number('gb_seconds'),
  number('estimated_cost_usd'),
  number('previous_month_cost_usd'),
  number('change_vs_previous_month_usd'),
  number('change_vs_previous_month_pct'),
  text('change_reason'),
  number('keep_warm_budget_usd'),
  number('keep_warm_actual_usd'),
  number('keep_warm_over_budget_usd'),
  text('function_arn'),
  ...DRIVERS.map((driver) => number(`change_${driver}_usd`)),
]

/** What the total row sums: every amount and count; not memory, nor a percentage (a sum of them means nothing). */
const TOTALLED = [
  'invocations',
  'errors',
  'gb_seconds',
  'estimated_cost_usd',
  'previous_month_cost_usd',
  'change_vs_previous_month_usd',
  'keep_warm_budget_usd',
  'keep_warm_actual_usd',
  'keep_warm_over_budget_usd',
  ...DRIVERS.map((driver) => `change_${driver}_usd`),
]

export function functionsCsvFileName(month: IsoMonth): string {
  return `functions_${month}.csv`
}

/** The month compared with the whole month before; a month still in progress is reported through `dataThrough`. */
export function functionsReportRanges(month: IsoMonth, dataThrough: IsoDay | null) {
  const previous = addMonthsTo(month, -1)
  const end = lastDayOf(month)
  const through = dataThrough && dataThrough >= firstDayOf(month) && dataThrough < end ? dataThrough : end
  return {
    previous: { from: firstDayOf(previous), to: lastDayOf(previous) },
    current: { from: firstDayOf(month), to: end },
    budgetDays: daysBetweenInclusive(firstDayOf(month), through),
  }
}

export function functionRecord(row: FunctionPeriodsRow, budgetDays: number): CsvCell[] {
  const decomposition = decomposeRow(row)
  const pick = (name: string) => row[`cur_${name}`] ?? row[`prev_${name}`] ?? null
  const architecture = String(pick('architecture') ?? '')
  const memoryMb = Number(pick('memory_mb') ?? 0)
  const previousCost = toDecimal(String(row.prev_cost_usd ?? '0'))
  const parts = new Map(decomposition.parts.map((part) => [part.driver, part.usd]))
  const budget = keepWarmBudget(row, architecture, memoryMb, budgetDays)
  const actual = row.cur_keep_warm_actual_usd
  return [
    row.account_id,
    row.account_name,
    row.region,
    row.name,
    architecture,
    memoryMb,
    Number(row.cur_invocations ?? 0),
    Number(row.cur_errors ?? 0),
    String(row.cur_gb_seconds ?? '0'),
    String(row.cur_cost_usd ?? '0'),
    String(row.prev_cost_usd ?? '0'),
    decomposition.changeUsd,
    previousCost.isZero()
      ? null
      : toDecimal(decomposition.changeUsd).div(previousCost).times(100).toDecimalPlaces(1).toFixed(),
    changeReason(decomposition),
    budget,
    actual,
    budget === null || actual === null ? null : toAmountString(toDecimal(actual).minus(budget)),
    row.arn,
    ...DRIVERS.map((driver) => parts.get(driver) ?? '0'),
  ]
}

/** "retries: Automatic retries of failed async events: …" — a code a formula can match, and the words. */
export function changeReason(decomposition: Decomposition): string | null {
  const part = decomposition.parts.find((candidate) => candidate.driver === decomposition.dominant)
  return part ? `${part.driver}: ${part.sentence}` : null
}

function keepWarmBudget(row: FunctionPeriodsRow, architecture: string, memoryMb: number, days: number): string | null {
  if (row.interval_minutes === null || row.concurrency === null || row.ping_duration_ms === null) return null
  try {
    const cost = keepWarmCost({
      region: row.region,
      architecture: parseArchitecture(architecture),
      memoryMb: row.budget_memory_mb ?? memoryMb,
      intervalMinutes: row.interval_minutes,
      concurrency: row.concurrency,
      pingDurationMs: row.ping_duration_ms,
      days,
    })
    return toAmountString(cost.totalUsd)
  } catch (error) {
    // A region or architecture without a rate has no computable budget: the cell stays empty, not a guess.
    if (error instanceof MissingRateError) return null
    throw error
  }
}

export async function* functionsCsvChunks(
  pool: pg.Pool,
  month: IsoMonth,
  dataThrough: IsoDay | null,
  options: { signal?: AbortSignal; batchSize?: number } = {},
): AsyncGenerator<string> {
  const ranges = functionsReportRanges(month, dataThrough)
  const writer = createCsvWriter([ROW_TYPE_COLUMN, ...FUNCTIONS_CSV_COLUMNS])
  const totals = createColumnTotals(FUNCTIONS_CSV_COLUMNS, TOTALLED)
  for await (const rows of streamRows<FunctionPeriodsRow>(pool, functionPeriodsSql(ranges), options)) {
    const records = rows.map((row) => functionRecord(row, ranges.budgetDays))
    for (const record of records) totals.add(record)
    yield writer.write(records.map((record) => [DETAIL_ROW, ...record]))
  }
  // The header comes with the first write, so a month without functions is a header and a total row.
  yield writer.write([totals.total({ function_name: 'All functions' })])
}
