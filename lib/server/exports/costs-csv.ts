// GET /api/exports/costs.csv: the breakdown's rows (period × group) streamed from the same SQL the API sums,
// so the cost_usd column of the detail rows adds up to the dashboard total exactly; a marked total row ends it.
import 'server-only'
import type pg from 'pg'
import { type CsvCell, type CsvColumn, createCsvWriter } from '@/lib/domain/csv/csv-writer'
import { DETAIL_ROW, ROW_TYPE_COLUMN, createColumnTotals } from '@/lib/domain/csv/total-row'
import { DIMENSION_COLUMNS, type ResolvedCostQuery, costSource } from '@/lib/domain/costs/dimensions'
import { monthOf } from '@/lib/domain/calendar'
import type { Currency } from '@/lib/domain/fx/currency'
import { usdToKrw } from '@/lib/domain/fx/krw'
import { type MonthRates, rateOf } from '@/lib/domain/fx/month-rates'
import { toAmountString } from '@/lib/domain/money'
import { streamRows } from '@/lib/server/db/stream-rows'
import { costRowsSql } from '@/lib/server/queries/cost-rows-sql'

type Layout = { columns: CsvColumn[]; record: (row: unknown[]) => CsvCell[] }

const TOTALLED = new Set(['cost_usd', 'cost_krw', 'amortized_cost_usd'])

/**
 * Column order: period_start, the dimensions in groupBy order (an account as account_id, account_name; a function as
 * its account's account_id, account_name, unless the account is a dimension of its own, then function_name), cost_usd,
 * with rates (currency=KRW) cost_krw, krw_per_usd, fx_source and fx_as_of, then what applies to the source, extras.
 * cost_krw is the row's USD × its month's rate in full precision, like cost_usd, so the column adds up to the API's
 * won exactly; every month of the export must have a rate (the route refuses the export otherwise). `accountNames`
 * maps an account id to its name (the id when it has none).
 */
export function costsCsvLayout(
  query: ResolvedCostQuery,
  rates: MonthRates | null = null,
  accountNames: ReadonlyMap<string, string> = new Map(),
): Layout {
  const functionSource = costSource(query) === 'function_estimates'
  const byUsageType = query.groupBy.includes('usage_type')
  // A function's account is written beside it only when no account column is there already.
  const functionAccount = !query.groupBy.includes('account')
  const accountColumns: CsvColumn[] = [
    { header: DIMENSION_COLUMNS.account, kind: 'text' },
    { header: 'account_name', kind: 'text' },
  ]
  const columns: CsvColumn[] = [
    { header: 'period_start', kind: 'date' },
    ...query.groupBy.flatMap((dimension): CsvColumn[] => {
      if (dimension === 'account') return accountColumns
      if (dimension === 'function' && functionAccount)
        return [...accountColumns, { header: DIMENSION_COLUMNS.function, kind: 'text' }]
      return [{ header: DIMENSION_COLUMNS[dimension], kind: 'text' }]
    }),
    { header: 'cost_usd', kind: 'number' },
  ]
  if (rates) {
    columns.push(
      { header: 'cost_krw', kind: 'number' },
      { header: 'krw_per_usd', kind: 'number' },
      { header: 'fx_source', kind: 'text' },
      { header: 'fx_as_of', kind: 'date' },
    )
  }
  if (!functionSource) {
    columns.push({ header: 'amortized_cost_usd', kind: 'number' })
    if (byUsageType) columns.push({ header: 'usage_quantity', kind: 'number' }, { header: 'usage_unit', kind: 'text' })
  }
  columns.push({ header: 'estimated', kind: 'boolean' })
  const functionIndex = query.groupBy.indexOf('function')
  if (functionIndex >= 0) columns.push({ header: 'function_arn', kind: 'text' })

  // SQL columns: period_start, d0[, function_name, function_account_id], d1…, cost, then the export columns in the order above.
  const account = (id: string): CsvCell[] => [id, accountNames.get(id) ?? id]
  return {
    columns,
    record: (row) => {
      const dimensions: CsvCell[] = []
      let arn: CsvCell = null
      let position = 1
      for (const dimension of query.groupBy) {
        if (dimension === 'function') {
          arn = row[position] as string
          if (functionAccount) dimensions.push(...account(row[position + 2] as string))
          dimensions.push(row[position + 1] as string)
          position += 3
        } else if (dimension === 'account') dimensions.push(...account(row[position++] as string))
        else dimensions.push(row[position++] as string)
      }
      const [cost, ...rest] = row.slice(position) as CsvCell[]
      const won = rates ? wonCells(rates, row[0] as string, cost as string) : []
      return [row[0] as string, ...dimensions, cost!, ...won, ...rest, ...(functionIndex >= 0 ? [arn] : [])]
    },
  }
}

function wonCells(rates: MonthRates, periodStart: string, costUsd: string): CsvCell[] {
  const rate = rateOf(monthOf(periodStart), rates)
  return [toAmountString(usdToKrw(costUsd, rate.krwPerUsd)), rate.krwPerUsd, rate.source, rate.asOf]
}

export function costsCsvFileName(query: ResolvedCostQuery, currency: Currency = 'USD'): string {
  const by = query.groupBy.length > 0 ? `_by_${query.groupBy.join('-')}` : ''
  return `costs_${query.from}_${query.to}_${query.granularity}${by}${currency === 'KRW' ? '_krw' : ''}.csv`
}

export async function* costsCsvChunks(
  pool: pg.Pool,
  query: ResolvedCostQuery,
  options: { signal?: AbortSignal; batchSize?: number; rates?: MonthRates } = {},
): AsyncGenerator<string> {
  const { rates, ...streamOptions } = options
  const accounts =
    query.groupBy.includes('account') || query.groupBy.includes('function')
      ? await pool.query<{ id: string; name: string }>('SELECT id, name FROM aws_account')
      : null
  const layout = costsCsvLayout(
    query,
    rates ?? null,
    new Map(accounts?.rows.map((account) => [account.id, account.name])),
  )
  const writer = createCsvWriter([ROW_TYPE_COLUMN, ...layout.columns])
  // Amounts add up (in dollars and in won); rates and quantities of different units do not, so they stay empty.
  const totals = createColumnTotals(
    layout.columns,
    layout.columns.filter((column) => TOTALLED.has(column.header)).map((column) => column.header),
  )
  const estimatedIndex = layout.columns.findIndex((column) => column.header === 'estimated')
  let estimated = false
  const sql = costRowsSql({ ...query, forExport: true })
  for await (const rows of streamRows<unknown[]>(pool, sql, { ...streamOptions, rowMode: 'array' })) {
    const records = rows.map(layout.record)
    for (const record of records) {
      totals.add(record)
      estimated ||= record[estimatedIndex] === true
    }
    yield writer.write(records.map((record) => [DETAIL_ROW, ...record]))
  }
  // The header comes with the first write, so an empty range is a header and a total row.
  yield writer.write([totals.total({ estimated })])
}
