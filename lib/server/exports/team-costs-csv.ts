// GET /api/exports/costs.csv?groupBy=team: the breakdown by team's rows (period × team, the unallocated bucket
// included) from the same allocation the API shapes (team-cost-rows.ts), so cost_usd adds up to the API's total
// exactly; a marked total row ends it, as in every costs export.
import 'server-only'
import { type CsvColumn, createCsvWriter } from '@/lib/domain/csv/csv-writer'
import { DETAIL_ROW, ROW_TYPE_COLUMN, createColumnTotals } from '@/lib/domain/csv/total-row'
import type { ResolvedCostQuery } from '@/lib/domain/costs/dimensions'
import type { Db } from '@/lib/server/db/prisma'
import { teamCostRows } from '@/lib/server/queries/team-cost-rows'

const COLUMNS: CsvColumn[] = [
  { header: 'period_start', kind: 'date' },
  { header: 'team', kind: 'text' },
  { header: 'cost_usd', kind: 'number' },
]

export async function* teamCostsCsvChunks(db: Db, query: ResolvedCostQuery): AsyncGenerator<string> {
  const rows = await teamCostRows(db, query, query.granularity)
  const writer = createCsvWriter([ROW_TYPE_COLUMN, ...COLUMNS])
  const totals = createColumnTotals(COLUMNS, ['cost_usd'])
  const records = rows.map((row) => [row.periodStart, row.values[0]!, row.cost])
  for (const record of records) totals.add(record)
  yield writer.write(records.map((record) => [DETAIL_ROW, ...record]))
  yield writer.write([totals.total()])
}
