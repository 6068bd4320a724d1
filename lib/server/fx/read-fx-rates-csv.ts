// A rates CSV as finance writes it (month,krw_per_usd,source,as_of), checked whole before anything is written:
// every problem is reported by line, and a file with any problem writes nothing (a half-imported rate table
// would convert some months and not others without anyone noticing).
import 'server-only'
import { CsvError } from 'csv-parse'
import { parse } from 'csv-parse/sync'
import type { IsoDay } from '@/lib/domain/calendar'
import { describeZodError } from '@/lib/schemas/describe-zod-error'
import { FX_CSV_COLUMNS, fxRateCsvRow } from '@/lib/schemas/fx-rates'
import { AppError } from '@/lib/server/http/app-error'
import type { FxRateInput } from './save-fx-rates'

/** One row per month of 2000–2099 at most. */
export const MAX_FX_CSV_ROWS = 1200
/** Problems listed in the answer; the count says how many there were. */
const MAX_LISTED = 20

type Column = keyof typeof FX_CSV_COLUMNS

export function readFxRatesCsv(text: string, today: IsoDay): FxRateInput[] {
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true })
  } catch (error) {
    if (error instanceof CsvError) throw new AppError('bad_request', `The file is not a readable CSV: ${error.message}`)
    throw error
  }
  const [header, ...rows] = records
  if (!header)
    throw new AppError(
      'bad_request',
      `The file is empty; expected a header row (${Object.keys(FX_CSV_COLUMNS).join(',')}) and one row per month.`,
    )
  const columns = header.map((name) => name.toLowerCase())
  const unknown = columns.filter((name) => !(name in FX_CSV_COLUMNS))
  const missing = (['month', 'krw_per_usd', 'source'] as const).filter((name) => !columns.includes(name))
  if (unknown.length || missing.length || new Set(columns).size !== columns.length) {
    throw new AppError(
      'bad_request',
      `The header must name the columns ${Object.keys(FX_CSV_COLUMNS).join(', ')} (as_of may be left out), each once; ` +
        `found ${header.join(', ')}${missing.length ? ` (missing ${missing.join(', ')})` : ''}.`,
    )
  }
  if (rows.length === 0) throw new AppError('bad_request', 'The file has a header but no rates.')
  if (rows.length > MAX_FX_CSV_ROWS)
    throw new AppError(
      'bad_request',
      `The file has ${rows.length} rates; at most ${MAX_FX_CSV_ROWS} (one per month of 2000–2099).`,
    )

  const problems: string[] = []
  const rates: FxRateInput[] = []
  const lineOfMonth = new Map<string, number>()
  for (const [index, cells] of rows.entries()) {
    const line = index + 2
    const fields = Object.fromEntries(
      columns.map((name, column) => [FX_CSV_COLUMNS[name as Column], cells[column] === '' ? undefined : cells[column]]),
    )
    const parsed = fxRateCsvRow.safeParse(fields)
    if (!parsed.success) {
      problems.push(`line ${line}: ${describeZodError(parsed.error)}`)
      continue
    }
    const earlier = lineOfMonth.get(parsed.data.month)
    if (earlier !== undefined) {
      problems.push(`line ${line}: ${parsed.data.month} is already on line ${earlier}`)
      continue
    }
    lineOfMonth.set(parsed.data.month, line)
    rates.push({ ...parsed.data, asOf: parsed.data.asOf ?? today })
  }
  if (problems.length) {
    const listed = problems.slice(0, MAX_LISTED).join('; ')
    throw new AppError(
      'bad_request',
      `No rate was written: ${problems.length} ${problems.length === 1 ? 'row is' : 'rows are'} invalid (${listed}${problems.length > MAX_LISTED ? '; …' : ''}).`,
      { problems },
    )
  }
  return rates
}
