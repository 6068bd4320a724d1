// The total row of an export. It is the file's last row and is marked: every row says what it is in the first
// column, `row_type` (`detail` or `total`), so a sum over a column filters on it (Excel: SUMIF(A:A,"detail",…))
// and a program skips it, instead of counting every amount twice. Sums are exact (decimal strings in, out).
import { Decimal } from '@/lib/domain/money'
import { type CsvCell, CsvCellError, type CsvColumn } from './csv-writer'

export const ROW_TYPE_COLUMN: CsvColumn = { header: 'row_type', kind: 'text' }
export const DETAIL_ROW = 'detail'
export const TOTAL_ROW = 'total'

export type ColumnTotals = {
  /** Counts a detail record (without its row_type cell) into the sums. */
  add(record: readonly CsvCell[]): void
  /** The total record (row_type included): the sums of `summed` columns, `fixed` cells where given, else empty. */
  total(fixed?: Readonly<Record<string, CsvCell>>): CsvCell[]
}

/**
 * Sums of the named number columns of `columns` (the detail columns, row_type excluded). An empty cell adds
 * nothing; a column whose every cell was empty stays empty in the total.
 */
export function createColumnTotals(columns: readonly CsvColumn[], summed: readonly string[]): ColumnTotals {
  const indexes = summed.map((header) => {
    const index = columns.findIndex((column) => column.header === header)
    if (index < 0 || columns[index]!.kind !== 'number') throw new CsvCellError(`No number column ${header} to total`)
    return index
  })
  const sums = new Map<number, Decimal>()
  return {
    add(record) {
      for (const index of indexes) {
        const cell = record[index]
        if (cell === null || cell === undefined || cell === '') continue
        sums.set(
          index,
          (sums.get(index) ?? new Decimal(0)).plus(new Decimal(typeof cell === 'boolean' ? Number(cell) : cell)),
        )
      }
    },
    total(fixed = {}) {
      const cells = columns.map((column, index): CsvCell => {
        if (column.header in fixed) return fixed[column.header]!
        const sum = sums.get(index)
        return sum === undefined ? null : sum.toFixed()
      })
      return [TOTAL_ROW, ...cells]
    },
  }
}
