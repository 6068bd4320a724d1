// What an imported cost file row becomes: a Cost Explorer-shaped line item (the natural key of cost_line_item
// plus exact amounts), or the reasons it cannot be imported, by column.
import { isIsoDay } from '@/lib/domain/calendar'
import type { CostLineFields } from '@/lib/domain/costs/cost-line'
import { toAmountString } from '@/lib/domain/money'

export type ImportedLine = CostLineFields & { accountName: string | null }

export type RowError = { column: string; message: string }
export type MappedRow = { ok: true; line: ImportedLine } | { ok: false; errors: RowError[] }

/** Reads one row's cells by column name. */
export type Row = (column: string) => string | undefined

const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** Collects the errors of one row while reading its cells. */
export class RowReader {
  readonly errors: RowError[] = []

  constructor(private readonly row: Row) {}

  text(column: string, options: { required?: boolean } = {}): string {
    const value = (this.row(column) ?? '').trim()
    if (!value && options.required) this.errors.push({ column, message: 'is empty' })
    return value
  }

  /** An exact decimal string; an empty optional cell is `fallback`. */
  amount(column: string, options: { required?: boolean; fallback?: string } = {}): string {
    const value = this.text(column)
    if (!value) {
      if (options.required) this.errors.push({ column, message: 'is empty; expected a decimal number' })
      return options.fallback ?? '0'
    }
    if (!DECIMAL.test(value)) {
      this.errors.push({ column, message: `"${truncate(value)}" is not a decimal number` })
      return '0'
    }
    return toAmountString(value)
  }

  /** The UTC day of an ISO 8601 timestamp (FOCUS and CUR write UTC). */
  day(column: string): string {
    const value = this.text(column, { required: true })
    if (!value) return ''
    const match = TIMESTAMP.exec(value)
    if (!match || !isIsoDay(match[1]!)) {
      this.errors.push({ column, message: `"${truncate(value)}" is not a date-time (expected e.g. 2026-09-15T10:00:00Z)` })
      return ''
    }
    const offset = match[5]
    if (offset && offset !== 'Z' && !/^[+-]00:?00$/.test(offset)) {
      // A non-UTC timestamp: its UTC day is what billing uses.
      return new Date(value.replace(' ', 'T')).toISOString().slice(0, 10)
    }
    return match[1]!
  }

  accountId(column: string, fallbackColumn?: string): string {
    const value = this.text(column) || (fallbackColumn ? this.text(fallbackColumn) : '')
    if (!/^\d{12}$/.test(value)) this.errors.push({ column, message: value ? `"${truncate(value)}" is not a 12-digit AWS account id` : 'is empty' })
    return value
  }

  usd(column: string): void {
    const value = this.text(column, { required: true })
    if (value && value !== 'USD') this.errors.push({ column, message: `${truncate(value)}: only USD amounts are supported` })
  }
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}
