// Writes CSV for Excel and for programs, one batch of records at a time, so that exports stream: RFC 4180
// (CRLF, quotes doubled), a UTF-8 BOM before the header, formula injection neutralised in every text cell
// (our policy first, then csv-stringify's `escape_formulas`), and numbers written exactly as given.
import { stringify } from 'csv-stringify/sync'
import { isIsoDay } from '@/lib/domain/calendar'
import { Decimal } from '@/lib/domain/money'
import { neutralizeFormula } from './neutralize-formula'

export type CsvColumnKind = 'text' | 'number' | 'date' | 'boolean'
export type CsvColumn = { header: string; kind: CsvColumnKind }
/** Numbers are decimal strings (exact amounts) or finite JS numbers (counts); null is an empty cell. */
export type CsvCell = string | number | boolean | null

const BOM = '\uFEFF'
const HEADER = /^[a-z][a-z0-9_]*$/
const DECIMAL = /^-?\d+(\.\d+)?$/
// Everything but a plain number is quoted, so every text cell (escaped or not) is enclosed in quotes.
const NOT_A_NUMBER = /^(?!-?\d+(\.\d+)?$)/

export class CsvCellError extends Error {}

type Formatter = (value: Exclude<CsvCell, null>) => string

// One formatter per column, chosen once: a million-row export formats eight million cells.
function formatterFor(column: CsvColumn): Formatter {
  const invalid = (value: unknown, what: string) =>
    new CsvCellError(`Column ${column.header}: ${JSON.stringify(value)} is not ${what}`)
  switch (column.kind) {
    case 'text':
      return (value) => neutralizeFormula(String(value))
    case 'number':
      return (value) => {
        const text = typeof value === 'number' ? numberText(value) : String(value)
        if (!DECIMAL.test(text)) throw invalid(text, 'a number')
        return text
      }
    case 'date':
      return (value) => {
        if (typeof value !== 'string' || !isIsoDay(value)) throw invalid(value, 'a YYYY-MM-DD day')
        return value
      }
    case 'boolean':
      return (value) => {
        if (typeof value !== 'boolean') throw invalid(value, 'a boolean')
        return value ? 'true' : 'false'
      }
  }
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new CsvCellError(`${value} is not a finite number`)
  return Number.isSafeInteger(value) ? String(value) : new Decimal(value).toFixed()
}

export type CsvWriter = {
  /** The CSV text for these records; the first call also writes the BOM and the header. */
  write(records: readonly (readonly CsvCell[])[]): string
}

export function createCsvWriter(columns: readonly CsvColumn[], options: { bom?: boolean } = {}): CsvWriter {
  // Headers are our own snake_case names, written bare; everything else goes through the serializer.
  for (const column of columns)
    if (!HEADER.test(column.header))
      throw new CsvCellError(`Header ${JSON.stringify(column.header)} must be snake_case`)
  const numeric = columns.map((column) => column.kind === 'number')
  const formatters = columns.map(formatterFor)
  const header = columns.map((column) => column.header).join(',')
  let started = false
  return {
    write(records) {
      const first = !started
      started = true
      const rows = records.map((record) =>
        formatters.map((format, index) => {
          const value = record[index] ?? null
          return value === null ? null : format(value)
        }),
      )
      const body = stringify(rows, {
        record_delimiter: 'windows',
        escape_formulas: true,
        quoted_match: NOT_A_NUMBER,
        cast: {
          // A negative amount is a number, not a formula: only text cells are escaped.
          string: (value, context) =>
            numeric[context.index] && value.startsWith('-') ? { value, escape_formulas: false } : value,
        },
      })
      return first ? `${options.bom === false ? '' : BOM}${header}\r\n${body}` : body
    },
  }
}
