// GET /api/exports/showback.csv?month=YYYY-MM: the showback statement, one row per team and one for unallocated,
// the same figures the Teams page shows; total_cost_usd adds up to the month's total. Amounts in full precision.
import 'server-only'
import type { IsoMonth } from '@/lib/domain/calendar'
import { type CsvColumn, createCsvWriter } from '@/lib/domain/csv/csv-writer'
import type { ShowbackResponse } from '@/lib/schemas/teams'

const text = (header: string): CsvColumn => ({ header, kind: 'text' })
const number = (header: string): CsvColumn => ({ header, kind: 'number' })

export const SHOWBACK_CSV_COLUMNS: CsvColumn[] = [
  text('month'),
  text('team'),
  number('direct_cost_usd'),
  number('shared_cost_usd'),
  number('total_cost_usd'),
  number('previous_total_usd'),
  number('change_usd'),
  text('top_functions'),
]

export function showbackCsvFileName(month: IsoMonth): string {
  return `showback_${month}.csv`
}

export async function* showbackCsvChunks(showback: ShowbackResponse): AsyncGenerator<string> {
  const writer = createCsvWriter(SHOWBACK_CSV_COLUMNS, { bom: true })
  const rows = [...showback.teams, showback.unallocated].map((line) => [
    showback.month,
    line.team,
    line.directUsd,
    line.sharedUsd,
    line.totalUsd,
    line.previousTotalUsd,
    line.changeUsd,
    line.topFunctions.map((fn) => fn.name).join('; '),
  ])
  yield writer.write(rows)
}
