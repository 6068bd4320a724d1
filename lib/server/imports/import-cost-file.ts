// Imports a CUR 2.0 or FOCUS file into cost_line_item, atomically: rows are validated while streaming into a
// staging table inside one transaction, then summed per natural key and merged, replacing what earlier imports
// of the same kind wrote for the same accounts and days (a re-exported month supersedes the old one). A file
// whose SHA-256 was imported before changes nothing. Bad rows are reported with their line numbers; more than
// 0.1% of them rejects the file.
import { type CostFileFormat, CostFileStructureError, detectCostFileFormat } from '@/lib/domain/imports/detect-cost-file-format'
import type { ImportedLine, MappedRow, Row } from '@/lib/domain/imports/imported-line'
import { mapCurRow } from '@/lib/domain/imports/map-cur-row'
import { mapFocusRow } from '@/lib/domain/imports/map-focus-row'
import type { Db } from '@/lib/server/db/prisma'
import { refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import { bulkInsert, type Column } from '@/lib/server/repositories/bulk-write'
import { upsertRegions } from '@/lib/server/repositories/write-accounts'
import { readCostFile } from './read-cost-file'

export const MAX_REPORTED_ROW_ERRORS = 100
const BATCH = 5_000

export type ImportRowError = { line: number; column?: string; message: string }

export type CostFileImportSummary = {
  id: string
  sha256: string
  fileName: string
  format: CostFileFormat
  sizeBytes: number
  rowsRead: number
  rowsSkipped: number
  lineItems: number
  firstDay: string
  lastDay: string
  accounts: string[]
  billedTotalUsd: string
  rowErrors: ImportRowError[]
  importedAt: string
}

export type ImportResult = { status: 'imported' | 'already_imported'; import: CostFileImportSummary }

export class CostFileRejectedError extends Error {
  constructor(
    message: string,
    readonly rowErrors: ImportRowError[] = [],
  ) {
    super(message)
    this.name = 'CostFileRejectedError'
  }
}

class AlreadyImported extends Error {
  constructor(readonly sha256: string) {
    super('already imported')
  }
}

type Staged = ImportedLine

const STAGING = 'cost_import_staging'
const columns: Column<Staged>[] = [
  { name: 'day', type: 'date', value: (r) => r.day },
  { name: 'account_id', type: 'text', value: (r) => r.accountId },
  { name: 'account_name', type: 'text', value: (r) => r.accountName },
  { name: 'service', type: 'text', value: (r) => r.service },
  { name: 'usage_type', type: 'text', value: (r) => r.usageType },
  { name: 'region', type: 'text', value: (r) => r.region },
  { name: 'record_type', type: 'text', value: (r) => r.recordType },
  { name: 'unblended_cost', type: 'numeric', value: (r) => r.unblendedCost },
  { name: 'amortized_cost', type: 'numeric', value: (r) => r.amortizedCost },
  { name: 'usage_quantity', type: 'numeric', value: (r) => r.usageQuantity },
  { name: 'usage_unit', type: 'text', value: (r) => r.usageUnit },
]

export async function importCostFile(db: Db, input: { fileName: string; body: AsyncIterable<Uint8Array>; maxBytes: number }): Promise<ImportResult> {
  try {
    const id = await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(
          `CREATE TEMP TABLE ${STAGING} (day date, account_id text, account_name text, service text, usage_type text, region text, record_type text,
             unblended_cost numeric, amortized_cost numeric, usage_quantity numeric, usage_unit text) ON COMMIT DROP`,
        )
        let format: CostFileFormat | undefined
        let map: ((row: Row) => MappedRow) | undefined
        let index = new Map<string, number>()
        let rowsRead = 0
        let rowsSkipped = 0
        const rowErrors: ImportRowError[] = []
        let batch: Staged[] = []
        const flush = async () => {
          if (batch.length) await bulkInsert(tx, STAGING, columns, batch)
          batch = []
        }
        const stats = await readCostFile(input.body, {
          maxBytes: input.maxBytes,
          onRecord: async (record, line) => {
            if (!format) {
              ;({ format, index } = detectCostFileFormat(record))
              map = format === 'cur-2.0' ? mapCurRow : mapFocusRow
              return
            }
            rowsRead++
            const mapped = map!((column) => {
              const position = index.get(column)
              return position === undefined ? undefined : record[position]
            })
            if (!mapped.ok) {
              rowsSkipped++
              for (const error of mapped.errors) if (rowErrors.length < MAX_REPORTED_ROW_ERRORS) rowErrors.push({ line, ...error })
              return
            }
            batch.push(mapped.line)
            if (batch.length >= BATCH) await flush()
          },
        })
        await flush()
        if (!format) throw new CostFileStructureError('The file has no header.')
        if (rowsRead === 0) throw new CostFileRejectedError('The file has a header but no rows.')
        if (rowsSkipped > Math.floor(rowsRead * 0.001)) {
          throw new CostFileRejectedError(
            `${rowsSkipped.toLocaleString('en-US')} of ${rowsRead.toLocaleString('en-US')} rows are invalid (more than 0.1%); nothing was imported. Fix the rows listed and upload again.`,
            rowErrors,
          )
        }
        if (await tx.costFileImport.findUnique({ where: { sha256: stats.sha256 } })) throw new AlreadyImported(stats.sha256)
        const source = format === 'cur-2.0' ? 'cur' : 'focus'
        const merged = await merge(tx, source)
        const created = await tx.costFileImport.create({
          data: {
            sha256: stats.sha256,
            fileName: input.fileName,
            format,
            sizeBytes: BigInt(stats.sizeBytes),
            rowsRead,
            rowsSkipped,
            lineItems: merged.lineItems,
            firstDay: new Date(`${merged.firstDay}T00:00:00Z`),
            lastDay: new Date(`${merged.lastDay}T00:00:00Z`),
            accounts: merged.accounts,
            billedTotalUsd: merged.billedTotal,
            rowErrors,
          },
        })
        await refreshDerivedData(tx, { from: merged.firstDay, to: merged.lastDay })
        return created.id
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    )
    return { status: 'imported', import: await summaryOf(db, { id }) }
  } catch (error) {
    if (error instanceof AlreadyImported) return { status: 'already_imported', import: await summaryOf(db, { sha256: error.sha256 }) }
    // Two uploads of the same file at once: the second loses on the unique hash and is the same no-op.
    if ((error as { code?: string }).code === 'P2002') throw new CostFileRejectedError('The same file is being imported right now; refresh to see it.')
    throw error
  }
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

async function merge(tx: Tx, source: string) {
  await upsertRegions(tx)
  // Accounts the file names; an existing name is kept unless it was only the id.
  await tx.$executeRawUnsafe(
    `INSERT INTO aws_account (id, name, is_demo)
     SELECT account_id, coalesce(max(account_name), account_id), false FROM ${STAGING} GROUP BY account_id
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE aws_account.name = aws_account.id`,
  )
  await tx.$executeRawUnsafe(
    `DELETE FROM cost_line_item c USING (SELECT DISTINCT account_id, day FROM ${STAGING}) s
     WHERE c.source = $1 AND c.account_id = s.account_id AND c.day = s.day`,
    source,
  )
  const lineItems = await tx.$executeRawUnsafe(
    `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, record_type, unblended_cost, amortized_cost, usage_quantity, usage_unit, currency, estimated, source)
     SELECT day, account_id, service, usage_type, region, record_type, sum(unblended_cost), sum(amortized_cost), sum(usage_quantity),
            CASE WHEN count(DISTINCT usage_unit) = 1 THEN min(usage_unit) ELSE 'N/A' END, 'USD', false, $1
     FROM ${STAGING} GROUP BY day, account_id, service, usage_type, region, record_type
     ON CONFLICT (day, account_id, service, usage_type, region, record_type) DO UPDATE SET
       unblended_cost = EXCLUDED.unblended_cost, amortized_cost = EXCLUDED.amortized_cost, usage_quantity = EXCLUDED.usage_quantity,
       usage_unit = EXCLUDED.usage_unit, currency = EXCLUDED.currency, estimated = false, source = EXCLUDED.source, run_id = NULL, updated_at = now()`,
    source,
  )
  const [bounds] = await tx.$queryRawUnsafe<{ first: Date; last: Date; accounts: string[]; billed: string }[]>(
    `SELECT min(day) AS first, max(day) AS last, array_agg(DISTINCT account_id ORDER BY account_id) AS accounts, sum(unblended_cost)::text AS billed FROM ${STAGING}`,
  )
  return { lineItems, firstDay: bounds!.first.toISOString().slice(0, 10), lastDay: bounds!.last.toISOString().slice(0, 10), accounts: bounds!.accounts, billedTotal: bounds!.billed }
}

export async function summaryOf(db: Db, where: { id: string } | { sha256: string }): Promise<CostFileImportSummary> {
  const row = await db.costFileImport.findUniqueOrThrow({ where })
  return toSummary(row)
}

export function toSummary(row: Awaited<ReturnType<Db['costFileImport']['findUniqueOrThrow']>>): CostFileImportSummary {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.fileName,
    format: row.format as CostFileFormat,
    sizeBytes: Number(row.sizeBytes),
    rowsRead: row.rowsRead,
    rowsSkipped: row.rowsSkipped,
    lineItems: row.lineItems,
    firstDay: row.firstDay.toISOString().slice(0, 10),
    lastDay: row.lastDay.toISOString().slice(0, 10),
    accounts: row.accounts,
    billedTotalUsd: row.billedTotalUsd.toFixed(),
    rowErrors: row.rowErrors as ImportRowError[],
    importedAt: row.importedAt.toISOString(),
  }
}
