// Imports a CUR 2.0 or FOCUS file into cost_line_item, atomically: rows are validated while streaming (COPY)
// into a staging table inside one transaction, then summed per natural key and merged, replacing what earlier imports
// of the same kind wrote for the same accounts and days (a re-exported month supersedes the old one). A file
// whose SHA-256 was imported before changes nothing. Bad rows are reported with their line numbers; more than
// 0.1% of them rejects the file.
import 'server-only'
import { type CostFileFormat, CostFileStructureError, detectCostFileFormat } from '@/lib/domain/imports/detect-cost-file-format'
import type { ImportedLine, MappedRow, Row } from '@/lib/domain/imports/imported-line'
import { mapCurRow } from '@/lib/domain/imports/map-cur-row'
import { mapFocusRow } from '@/lib/domain/imports/map-focus-row'
import type { z } from 'zod'
import type { CostFileImportDto, importResult } from '@/lib/schemas/imports'
import { inTransaction, sqlOn } from '@/lib/server/db/pg-transaction'
import type { Db } from '@/lib/server/db/prisma'
import { refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import pg from 'pg'
import type { Column } from '@/lib/server/repositories/bulk-write'
import { copyRows } from '@/lib/server/repositories/copy-rows'
import { costLineColumns } from '@/lib/server/repositories/write-cost-line-items'
import { upsertRegions } from '@/lib/server/repositories/write-accounts'
import { getCostImport } from '@/lib/server/queries/get-cost-import'
import { readCostFile } from './read-cost-file'

export const MAX_REPORTED_ROW_ERRORS = 100
const BATCH = 5_000

export type ImportRowError = CostFileImportDto['rowErrors'][number]

export type ImportResult = z.infer<typeof importResult>

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
const columns: Column<Staged>[] = [...costLineColumns, { name: 'account_name', type: 'text', value: (r) => r.accountName }]

export async function importCostFile(target: { db: Db; databaseUrl: string }, input: { fileName: string; body: AsyncIterable<Uint8Array>; maxBytes: number }): Promise<ImportResult> {
  // A plain pg connection: rows stream into the staging table by COPY, and nothing is held per row.
  const client = new pg.Client({ connectionString: target.databaseUrl, application_name: 'finops-import' })
  client.on('error', () => {})
  await client.connect()
  let imported: { id: string; firstDay: string; lastDay: string }
  try {
    imported = await inTransaction(client, async () => {
      await client.query(
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
        if (batch.length) await copyRows(client, STAGING, columns, batch)
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
      if ((await client.query('SELECT 1 FROM cost_file_import WHERE sha256 = $1', [stats.sha256])).rowCount) throw new AlreadyImported(stats.sha256)
      const merged = await merge(client, format === 'cur-2.0' ? 'cur' : 'focus')
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO cost_file_import (id, sha256, file_name, format, size_bytes, rows_read, rows_skipped, line_items, first_day, last_day, accounts, billed_total_usd, row_errors)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8::date, $9::date, $10::text[], $11::numeric, $12::jsonb) RETURNING id`,
        [stats.sha256, input.fileName, format, stats.sizeBytes, rowsRead, rowsSkipped, merged.lineItems, merged.firstDay, merged.lastDay, merged.accounts, merged.billedTotal, JSON.stringify(rowErrors)],
      )
      return { id: rows[0]!.id, firstDay: merged.firstDay, lastDay: merged.lastDay }
    })
  } catch (error) {
    if (error instanceof AlreadyImported) return { status: 'already_imported', import: await getCostImport(target.db, { sha256: error.sha256 }) }
    // Two uploads of the same file at once: the second loses on the unique hash and is the same no-op.
    if ((error as { code?: string }).code === '23505') throw new CostFileRejectedError('The same file is being imported right now; refresh to see it.')
    throw error
  } finally {
    await client.end().catch(() => {})
  }
  // Then, from the committed lines, everything derived for those days.
  await target.db.$transaction((tx) => refreshDerivedData(tx, { from: imported.firstDay, to: imported.lastDay }), { timeout: 15 * 60_000, maxWait: 60_000 })
  return { status: 'imported', import: await getCostImport(target.db, { id: imported.id }) }
}

async function merge(client: pg.Client, source: string) {
  await upsertRegions(sqlOn(client))
  // Accounts the file names; an existing name is kept unless it was only the id.
  await client.query(
    `INSERT INTO aws_account (id, name, is_demo)
     SELECT account_id, coalesce(max(account_name), account_id), false FROM ${STAGING} GROUP BY account_id
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE aws_account.name = aws_account.id`,
  )
  await client.query(
    `DELETE FROM cost_line_item c USING (SELECT DISTINCT account_id, day FROM ${STAGING}) s
     WHERE c.source = $1 AND c.account_id = s.account_id AND c.day = s.day`,
    [source],
  )
  const inserted = await client.query(
    `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, record_type, unblended_cost, amortized_cost, usage_quantity, usage_unit, currency, estimated, source)
     SELECT day, account_id, service, usage_type, region, record_type, sum(unblended_cost), sum(amortized_cost), sum(usage_quantity),
            CASE WHEN count(DISTINCT usage_unit) = 1 THEN min(usage_unit) ELSE 'N/A' END, 'USD', false, $1
     FROM ${STAGING} GROUP BY day, account_id, service, usage_type, region, record_type
     ON CONFLICT (day, account_id, service, usage_type, region, record_type) DO UPDATE SET
       unblended_cost = EXCLUDED.unblended_cost, amortized_cost = EXCLUDED.amortized_cost, usage_quantity = EXCLUDED.usage_quantity,
       usage_unit = EXCLUDED.usage_unit, currency = EXCLUDED.currency, estimated = false, source = EXCLUDED.source, run_id = NULL, updated_at = now()`,
    [source],
  )
  const { rows } = await client.query<{ first: string; last: string; accounts: string[]; billed: string }>(
    `SELECT to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last, array_agg(DISTINCT account_id ORDER BY account_id) AS accounts,
            sum(unblended_cost)::text AS billed FROM ${STAGING}`,
  )
  const bounds = rows[0]!
  return { lineItems: inserted.rowCount ?? 0, firstDay: bounds.first, lastDay: bounds.last, accounts: bounds.accounts, billedTotal: bounds.billed }
}
