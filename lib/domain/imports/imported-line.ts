// What an imported cost file row becomes: a Cost Explorer-shaped line item (the natural key of cost_line_item
// plus exact amounts) with the payer and billing period the export filed it under, or the reasons it cannot be
// imported, by column.
import { isAccountId } from '@/lib/domain/aws-ids'
import { type IsoDay, SUPPORTED_DAYS, firstDayOf, isIsoDay, isSupportedDay, monthOf } from '@/lib/domain/calendar'
import type { CostLineFields } from '@/lib/domain/costs/cost-line'
import { CURRENCIES, type Currency } from '@/lib/domain/fx/currency'
import { Decimal, toAmountString, toDecimal } from '@/lib/domain/money'

export type ImportedLine = CostLineFields & {
  /** The currency the file wrote the amounts in; a KRW line is converted to USD before it is stored (./billed-in-won.ts). */
  currency: Currency
  accountName: string | null
  /** The payer account; '' when the file does not name it. */
  billingAccountId: string
  /** First day of the billing period; the usage day's month when the file does not say. */
  billingPeriod: IsoDay
}

/** The service Cost Explorer files tax under (CUR `Tax` line items, FOCUS `ChargeCategory=Tax`). */
export const TAX_SERVICE = 'Tax'

export type RowError = { column: string; message: string }
export type MappedRow = { ok: true; line: ImportedLine } | { ok: false; errors: RowError[] }

/** Reads one row's cells by column name. */
export type Row = (column: string) => string | undefined

const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * What a stored line can hold (cost_line_item: numeric(20,10) costs, numeric(24,10) quantities, text keys in
 * a unique index). A row beyond them is an invalid row, reported by line and column, never a database error.
 */
export const IMPORT_LIMITS = {
  costBelow: toDecimal('1e10'),
  quantityBelow: toDecimal('1e14'),
  storedDecimals: 10,
  /** More digits than any export writes; keeps a `1e-200000` from becoming a 200,000-digit string. */
  maxDecimals: 30,
  maxTextLength: 200,
} as const

/** The days a cost line may fall on: the product's supported days (lib/domain/calendar), as everywhere. */
export function isImportableDay(day: IsoDay): boolean {
  return isSupportedDay(day)
}

/** Collects the errors of one row while reading its cells. */
export class RowReader {
  readonly errors: RowError[] = []

  constructor(private readonly row: Row) {}

  /** A trimmed cell. Stored text is short and free of NUL (PostgreSQL cannot hold it); `unbounded` is for cells only parsed. */
  text(column: string, options: { required?: boolean; unbounded?: boolean } = {}): string {
    const value = (this.row(column) ?? '').trim()
    if (!value && options.required) this.errors.push({ column, message: 'is empty' })
    if (value.includes('\u0000')) this.errors.push({ column, message: 'contains a NUL character' })
    else if (!options.unbounded && value.length > IMPORT_LIMITS.maxTextLength) {
      this.errors.push({
        column,
        message: `is ${value.length.toLocaleString('en-US')} characters long; at most ${IMPORT_LIMITS.maxTextLength} are stored`,
      })
    }
    return value
  }

  /** An exact decimal string; an empty optional cell is `fallback`. */
  amount(column: string, options: { required?: boolean; fallback?: string; quantity?: boolean } = {}): string {
    const value = this.text(column)
    if (!value) {
      if (options.required) this.errors.push({ column, message: 'is empty; expected a decimal number' })
      return options.fallback ?? '0'
    }
    if (!DECIMAL.test(value)) {
      this.errors.push({ column, message: `"${truncate(value)}" is not a decimal number` })
      return '0'
    }
    const decimal = toDecimal(value)
    const below = options.quantity ? IMPORT_LIMITS.quantityBelow : IMPORT_LIMITS.costBelow
    if (!decimal.toDecimalPlaces(IMPORT_LIMITS.storedDecimals, Decimal.ROUND_HALF_UP).abs().lt(below)) {
      this.errors.push({
        column,
        message: `"${truncate(value)}" is out of range (its size must be below ${below.toNumber().toLocaleString('en-US')})`,
      })
      return '0'
    }
    if (decimal.decimalPlaces() > IMPORT_LIMITS.maxDecimals) {
      this.errors.push({
        column,
        message: `"${truncate(value)}" has more than ${IMPORT_LIMITS.maxDecimals} decimal places`,
      })
      return '0'
    }
    return toAmountString(decimal)
  }

  /** The UTC day of an ISO 8601 timestamp (FOCUS and CUR write UTC). */
  day(column: string): string {
    return this.optionalDay(column, { required: true })
  }

  /** The billing period's first day, or the usage day's month when the file has none. */
  billingPeriod(column: string, usageDay: IsoDay): IsoDay {
    const day = this.optionalDay(column)
    return day || (usageDay ? firstDayOf(monthOf(usageDay)) : '')
  }

  /** The payer's account id, or '' when the file does not name it. */
  payer(column: string): string {
    const value = this.text(column)
    if (value && !isAccountId(value))
      this.errors.push({ column, message: `"${truncate(value)}" is not a 12-digit AWS account id` })
    return value
  }

  private optionalDay(column: string, options: { required?: boolean } = {}): string {
    const value = this.text(column, options)
    if (!value) return ''
    const match = TIMESTAMP.exec(value)
    if (!match || !isIsoDay(match[1]!)) {
      this.errors.push({
        column,
        message: `"${truncate(value)}" is not a date-time (expected e.g. 2026-09-15T10:00:00Z)`,
      })
      return ''
    }
    const offset = match[5]
    // A non-UTC timestamp: its UTC day is what billing uses (and may fall in another year).
    const day =
      offset && offset !== 'Z' && !/^[+-]00:?00$/.test(offset)
        ? new Date(value.replace(' ', 'T')).toISOString().slice(0, 10)
        : match[1]!
    if (!isImportableDay(day)) {
      this.errors.push({
        column,
        message: `"${truncate(value)}" is outside the supported dates (UTC days ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last})`,
      })
      return ''
    }
    return day
  }

  accountId(column: string, fallbackColumn?: string): string {
    const value = this.text(column) || (fallbackColumn ? this.text(fallbackColumn) : '')
    if (!isAccountId(value))
      this.errors.push({
        column,
        message: value ? `"${truncate(value)}" is not a 12-digit AWS account id` : 'is empty',
      })
    return value
  }

  /** The currency of the row's amounts: USD, or KRW (converted at its month's recorded rate). */
  currency(column: string): Currency {
    const value = this.text(column, { required: true })
    if ((CURRENCIES as readonly string[]).includes(value)) return value as Currency
    if (value) this.errors.push({ column, message: `${truncate(value)}: only USD and KRW amounts are supported` })
    return 'USD'
  }
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}
