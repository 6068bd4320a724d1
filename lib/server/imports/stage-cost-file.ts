// One uploaded cost file into the import's staging table, streamed: its header tells the format, each row is
// validated and mapped to a line with its identity (a SHA-256 of how the export identifies it), and rows go in by
// COPY in batches, so memory stays flat however large the file. Invalid rows are listed by line; more than 0.1%
// of them rejects the file.
import 'server-only'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type pg from 'pg'
import {
  type CostFileFormat,
  CostFileStructureError,
  detectCostFileFormat,
} from '@/lib/domain/imports/detect-cost-file-format'
import type { IsoMonth } from '@/lib/domain/calendar'
import { MissingFxRateError, type MonthRates } from '@/lib/domain/fx/month-rates'
import { type LineInUsd, lineInUsd } from '@/lib/domain/imports/billed-in-won'
import type { MappedRow, Row } from '@/lib/domain/imports/imported-line'
import { type LineIdentity, lineIdentityOf, scopedIdentity } from '@/lib/domain/imports/line-identity'
import { mapCurRow } from '@/lib/domain/imports/map-cur-row'
import { mapFocusRow } from '@/lib/domain/imports/map-focus-row'
import type { CostFileImportDto } from '@/lib/schemas/imports'
import type { Column } from '@/lib/server/repositories/bulk-write'
import { copyRows } from '@/lib/server/repositories/copy-rows'
import { costLineColumns } from '@/lib/server/repositories/write-cost-line-items'
import { readCostFile } from './read-cost-file'
import type { SpooledFile } from './spool-upload'

export const MAX_REPORTED_ROW_ERRORS = 100
const BATCH = 5_000

export const STAGING = 'cost_import_staging'

export type ImportRowError = CostFileImportDto['rowErrors'][number]

/** Where a file's lines are kept: CUR 2.0 and FOCUS lines apart, each identified its own way. */
export type CostFileSource = 'cur' | 'focus'

export type StagedFile = {
  format: CostFileFormat
  source: CostFileSource
  rowsRead: number
  rowsSkipped: number
  rowErrors: ImportRowError[]
}

export class CostFileRejectedError extends Error {
  constructor(
    message: string,
    readonly rowErrors: ImportRowError[] = [],
  ) {
    super(message)
    this.name = 'CostFileRejectedError'
  }
}

type Staged = LineInUsd & { lineKey: string; fileIndex: number; line: number }

const columns: Column<Staged>[] = [
  { name: 'line_key', type: 'text', value: (row) => row.lineKey },
  { name: 'file_index', type: 'int4', value: (row) => row.fileIndex },
  { name: 'line', type: 'int4', value: (row) => row.line },
  { name: 'billing_account_id', type: 'text', value: (row) => row.billingAccountId },
  { name: 'billing_period', type: 'date', value: (row) => row.billingPeriod },
  ...costLineColumns,
  { name: 'account_name', type: 'text', value: (row) => row.accountName },
  { name: 'currency', type: 'text', value: (row) => row.currency },
  { name: 'billed_unblended_cost', type: 'numeric', value: (row) => row.billed?.unblendedCost ?? null },
  { name: 'billed_amortized_cost', type: 'numeric', value: (row) => row.billed?.amortizedCost ?? null },
  { name: 'krw_per_usd', type: 'numeric', value: (row) => row.billed?.krwPerUsd ?? null },
]

/** The staging table for one upload's files, dropped at the end of the transaction. */
export async function createStagingTable(client: pg.ClientBase) {
  await client.query(
    `CREATE TEMP TABLE ${STAGING} (line_key bytea, file_index int, line int, billing_account_id text, billing_period date,
       day date, account_id text, service text, usage_type text, region text, record_type text,
       unblended_cost numeric, amortized_cost numeric, usage_quantity numeric, usage_unit text, account_name text,
       currency text, billed_unblended_cost numeric, billed_amortized_cost numeric, krw_per_usd numeric) ON COMMIT DROP`,
  )
}

export function sourceOf(format: CostFileFormat): CostFileSource {
  return format === 'cur-2.0' ? 'cur' : 'focus'
}

/**
 * `rates`: the recorded KRW per USD rates, which convert the lines billed in won; a file with such a line in a
 * billing period without a rate is refused naming the months (MissingFxRateError), after reading it whole.
 */
export async function stageCostFile(
  client: pg.ClientBase,
  file: SpooledFile,
  options: { fileIndex: number; maxBytes: number; rates: MonthRates },
): Promise<StagedFile> {
  let format: CostFileFormat | undefined
  let map: ((row: Row) => MappedRow) | undefined
  let identity: LineIdentity | undefined
  let index = new Map<string, number>()
  let rowsRead = 0
  let rowsSkipped = 0
  const rowErrors: ImportRowError[] = []
  const monthsWithoutRate = new Set<IsoMonth>()
  let batch: Staged[] = []
  const flush = async () => {
    if (batch.length) await copyRows(client, STAGING, columns, batch)
    batch = []
  }
  await readCostFile(createReadStream(file.path), {
    maxBytes: options.maxBytes,
    onRecord: async (record, line) => {
      if (!format) {
        ;({ format, index } = detectCostFileFormat(record))
        map = format === 'cur-2.0' ? mapCurRow : mapFocusRow
        identity = lineIdentityOf(format, index)
        return
      }
      rowsRead++
      const mapped = map!((column) => {
        const position = index.get(column)
        return position === undefined ? undefined : record[position]
      })
      if (!mapped.ok) {
        rowsSkipped++
        for (const error of mapped.errors)
          if (rowErrors.length < MAX_REPORTED_ROW_ERRORS) rowErrors.push({ line, ...error })
        return
      }
      const inUsd = lineInUsd(mapped.line, options.rates)
      if (!inUsd.ok) {
        monthsWithoutRate.add(inUsd.missingMonth)
        return
      }
      const key = createHash('sha256')
        .update(scopedIdentity({ source: sourceOf(format), ...mapped.line }, identity!(record)))
        .digest('hex')
      // COPY's text format for bytea: \x and the hex digits (the backslash escaped by the writer).
      batch.push({ ...inUsd.line, lineKey: `\\x${key}`, fileIndex: options.fileIndex, line })
      if (batch.length >= BATCH) await flush()
    },
  })
  await flush()
  if (!format) throw new CostFileStructureError('The file has no header.')
  if (rowsRead === 0) throw new CostFileRejectedError('The file has a header but no rows.')
  if (monthsWithoutRate.size) throw new MissingFxRateError([...monthsWithoutRate].sort())
  if (rowsSkipped > Math.floor(rowsRead * 0.001)) {
    throw new CostFileRejectedError(
      `${rowsSkipped.toLocaleString('en-US')} of ${rowsRead.toLocaleString('en-US')} rows are invalid (more than 0.1%); nothing was imported. Fix the rows listed and upload again.`,
      rowErrors,
    )
  }
  return { format, source: sourceOf(format), rowsRead, rowsSkipped, rowErrors }
}
