// GET /api/exports/costs.csv: the breakdown's rows (period × group) streamed from the same SQL the API sums,
// so the cost_usd column adds up to the dashboard total exactly.
import 'server-only'
import type pg from 'pg'
import { type CsvCell, type CsvColumn, createCsvWriter } from '@/lib/domain/csv/csv-writer'
import { DIMENSION_COLUMNS, type ResolvedCostQuery, costSource } from '@/lib/domain/costs/dimensions'
import { streamRows } from '@/lib/server/db/stream-rows'
import { costRowsSql } from '@/lib/server/queries/cost-rows-sql'

type Layout = { columns: CsvColumn[]; record: (row: unknown[]) => CsvCell[] }

/** Column order: period_start, the dimensions in groupBy order, cost_usd, what applies to the source, extras. */
export function costsCsvLayout(query: ResolvedCostQuery): Layout {
  const functionSource = costSource(query) === 'function_estimates'
  const byUsageType = query.groupBy.includes('usage_type')
  const columns: CsvColumn[] = [
    { header: 'period_start', kind: 'date' },
    ...query.groupBy.map((dimension) => ({ header: DIMENSION_COLUMNS[dimension], kind: 'text' as const })),
    { header: 'cost_usd', kind: 'number' },
  ]
  if (!functionSource) {
    columns.push({ header: 'amortized_cost_usd', kind: 'number' })
    if (byUsageType) columns.push({ header: 'usage_quantity', kind: 'number' }, { header: 'usage_unit', kind: 'text' })
  }
  columns.push({ header: 'estimated', kind: 'boolean' })
  const functionIndex = query.groupBy.indexOf('function')
  if (functionIndex >= 0) columns.push({ header: 'function_arn', kind: 'text' })

  // SQL columns: period_start, d0[, function_name], d1…, cost, then the export columns in the order above.
  return {
    columns,
    record: (row) => {
      const dimensions: CsvCell[] = []
      let arn: CsvCell = null
      let position = 1
      for (const dimension of query.groupBy) {
        if (dimension === 'function') {
          arn = row[position] as string
          dimensions.push(row[position + 1] as string)
          position += 2
        } else dimensions.push(row[position++] as string)
      }
      const rest = row.slice(position) as CsvCell[]
      return [row[0] as string, ...dimensions, ...rest, ...(functionIndex >= 0 ? [arn] : [])]
    },
  }
}

export function costsCsvFileName(query: ResolvedCostQuery): string {
  const by = query.groupBy.length > 0 ? `_by_${query.groupBy.join('-')}` : ''
  return `costs_${query.from}_${query.to}_${query.granularity}${by}.csv`
}

export async function* costsCsvChunks(pool: pg.Pool, query: ResolvedCostQuery, options: { signal?: AbortSignal; batchSize?: number } = {}): AsyncGenerator<string> {
  const layout = costsCsvLayout(query)
  const writer = createCsvWriter(layout.columns)
  const sql = costRowsSql({ ...query, forExport: true })
  let wrote = false
  for await (const rows of streamRows<unknown[]>(pool, sql, { ...options, rowMode: 'array' })) {
    wrote = true
    yield writer.write(rows.map(layout.record))
  }
  if (!wrote) yield writer.write([])
}
