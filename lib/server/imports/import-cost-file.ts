// Imports CUR 2.0 or FOCUS files into cost_file_line and their sums into cost_line_item, atomically: each upload
// is spooled to disk while hashed, staged (streamed by COPY) and merged in one transaction. One file adds its lines
// to what earlier parts of the same billing period brought, replacing the lines it shares with them; several files
// at once (or a manifest with its files) are a complete set that replaces their billing periods' lines. A single
// file whose SHA-256 was imported before, and that still holds every line it brought, is recognised before it is
// parsed and changes nothing.
import 'server-only'
import pg from 'pg'
import type { z } from 'zod'
import { type ExportManifest, setMismatch } from '@/lib/domain/imports/export-manifest'
import type { CostFileImportDto, importResult, importSetResult } from '@/lib/schemas/imports'
import { inTransaction, sqlOn } from '@/lib/server/db/pg-transaction'
import type { Db } from '@/lib/server/db/prisma'
import { refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import { recordSpendBudgetAlerts } from '@/lib/server/spend-budgets/record-budget-alerts'
import { HELD_LINES, getCostImport, toSummary } from '@/lib/server/queries/get-cost-import'
import { loadMonthRates } from '@/lib/server/stored/fx-rates'
import { type MergeResult, mergeStagedLines } from './merge-cost-file-lines'
import { readUploadSet } from './read-upload-set'
import { type SpooledFile, spoolUpload, withSpoolDirectory } from './spool-upload'
import { CostFileRejectedError, STAGING, type StagedFile, createStagingTable, stageCostFile } from './stage-cost-file'

export { CostFileRejectedError } from './stage-cost-file'

export type ImportResult = z.infer<typeof importResult>

export type ImportSetResult = z.infer<typeof importSetResult>

type Target = { db: Db; databaseUrl: string }

/** One file, as the request body: adds its lines to its billing periods. */
export async function importCostFile(
  target: Target,
  input: { fileName: string; body: AsyncIterable<Uint8Array>; maxBytes: number },
): Promise<ImportResult> {
  return withSpoolDirectory(async (directory) => {
    const file = await spoolUpload(input.body, {
      fileName: input.fileName,
      directory,
      index: 0,
      maxBytes: input.maxBytes,
    })
    // Answering "already imported" is right only while importing it again would change nothing: once a complete set
    // removed some of its lines (or a later file took them over), it is read again and its lines are back.
    const known = await target.db.costFileImport.findUnique({ where: { sha256: file.sha256 }, include: HELD_LINES })
    if (known && known._count.lines === known.lineItems) return { status: 'already_imported', import: toSummary(known) }
    const { imports } = await importSpooled(target, [file], { maxBytes: input.maxBytes, setId: null })
    return { status: 'imported', import: imports[0]! }
  })
}

/** Several files as one multipart/form-data request (with the export's manifest, optionally): a complete set. */
export async function importCostFileSetUpload(
  target: Target,
  input: { contentType: string; body: AsyncIterable<Uint8Array>; maxBytes: number },
): Promise<ImportSetResult> {
  return withSpoolDirectory(async (directory) => {
    const upload = await readUploadSet(input.body, {
      contentType: input.contentType,
      directory,
      maxBytes: input.maxBytes,
    })
    return importCostFileSet(target, { ...upload, maxBytes: input.maxBytes })
  })
}

/** Files uploaded together, checked against their manifest when one came: a complete set for their billing periods. */
export async function importCostFileSet(
  target: Target,
  input: { files: SpooledFile[]; manifest: ExportManifest | null; maxBytes: number },
): Promise<ImportSetResult> {
  if (input.files.length === 0)
    throw new CostFileRejectedError(
      'The upload has no data file: send the export’s CSV (or .csv.gz) files, with its manifest if you have it.',
    )
  const names = input.files.map((file) => file.fileName)
  const twice = names.find((name, index) => names.indexOf(name) !== index)
  if (twice) throw new CostFileRejectedError(`${twice} was uploaded twice in the same set.`)
  const mismatch = input.manifest && setMismatch(input.manifest, names)
  if (mismatch) throw new CostFileRejectedError(mismatch)
  return {
    status: 'imported',
    ...(await importSpooled(target, input.files, { maxBytes: input.maxBytes, setId: crypto.randomUUID() })),
  }
}

async function importSpooled(
  target: Target,
  files: SpooledFile[],
  options: { maxBytes: number; setId: string | null },
): Promise<{ imports: CostFileImportDto[]; linesRemoved: number }> {
  // A plain pg connection: rows stream into the staging table by COPY, and nothing is held per row.
  const client = new pg.Client({ connectionString: target.databaseUrl, application_name: 'finops-import' })
  client.on('error', () => {})
  await client.connect()
  let ids: string[]
  let merged: MergeResult
  try {
    ;({ ids, merged } = await inTransaction(client, async () => {
      await createStagingTable(client)
      // Every recorded rate (at most one a month): a file billed in won is converted line by line at its billing period's.
      const rates = await loadMonthRates(sqlOn(client))
      const staged: StagedFile[] = []
      for (const [fileIndex, file] of files.entries())
        staged.push(
          await inFile(file, files.length, () =>
            stageCostFile(client, file, { fileIndex, maxBytes: options.maxBytes, rates }),
          ),
        )
      const sources = new Set(staged.map((file) => file.source))
      if (sources.size > 1)
        throw new CostFileRejectedError('A set mixes CUR 2.0 and FOCUS files; upload each kind as its own set.')
      const ids = await recordFiles(client, files, staged, options.setId)
      const merged = await mergeStagedLines(client, {
        source: staged[0]!.source,
        importIds: new Map(ids.map((id, index) => [index, id])),
        completeSet: options.setId !== null,
      })
      for (const [index, id] of ids.entries()) {
        const counts = merged.files.get(index)!
        await client.query(
          'UPDATE cost_file_import SET line_items = $2, rows_repeated = $3, lines_added = $4, lines_replaced = $5 WHERE id = $1',
          [id, counts.lineItems, counts.rowsRepeated, counts.linesAdded, counts.linesReplaced],
        )
      }
      return { ids, merged }
    }))
  } finally {
    await client.end().catch(() => {})
  }
  // Then, from the committed lines, everything derived for the days whose sums changed.
  await target.db.$transaction((tx) => refreshDerivedData(tx, { from: merged.firstDay, to: merged.lastDay }), {
    timeout: 15 * 60_000,
    maxWait: 60_000,
  })
  await recordSpendBudgetAlerts(target.db)
  return {
    imports: await Promise.all(ids.map((id) => getCostImport(target.db, { id }))),
    linesRemoved: merged.linesRemoved,
  }
}

/** In a set, a file's problem names the file. */
async function inFile<T>(file: SpooledFile, files: number, work: () => Promise<T>): Promise<T> {
  if (files === 1) return work()
  try {
    return await work()
  } catch (error) {
    if (error instanceof Error) error.message = `${file.fileName}: ${error.message}`
    throw error
  }
}

/** One import record per file (the same file again, in a set, updates its record); returns their ids in file order. */
async function recordFiles(
  client: pg.ClientBase,
  files: SpooledFile[],
  staged: StagedFile[],
  setId: string | null,
): Promise<string[]> {
  const { rows: totals } = await client.query<{
    file_index: number
    first: string
    last: string
    accounts: string[]
    billed: string
    too_large: boolean
  }>(
    `SELECT file_index, to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last,
            array_agg(DISTINCT account_id ORDER BY account_id) AS accounts, sum(unblended_cost)::text AS billed, abs(sum(unblended_cost)) >= 1e14 AS too_large
     FROM (SELECT DISTINCT ON (file_index, line_key) * FROM ${STAGING} ORDER BY file_index, line_key, line DESC) lines GROUP BY file_index`,
  )
  const ids: string[] = []
  for (const [index, file] of files.entries()) {
    const total = totals.find((row) => row.file_index === index)!
    if (total.too_large)
      throw new CostFileRejectedError(
        `${file.fileName}: its lines add up to more than can be stored (below 100,000,000,000,000); nothing was imported.`,
      )
    const { format, rowsRead, rowsSkipped, rowErrors } = staged[index]!
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO cost_file_import (id, sha256, file_name, format, size_bytes, rows_read, rows_skipped, line_items, first_day, last_day, accounts, billed_total_usd, row_errors, set_id)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 0, $7::date, $8::date, $9::text[], $10::numeric, $11::jsonb, $12::uuid)
       ON CONFLICT (sha256) DO UPDATE SET file_name = EXCLUDED.file_name, rows_read = EXCLUDED.rows_read, rows_skipped = EXCLUDED.rows_skipped,
         first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day, accounts = EXCLUDED.accounts, billed_total_usd = EXCLUDED.billed_total_usd,
         row_errors = EXCLUDED.row_errors, set_id = EXCLUDED.set_id, imported_at = now()
       RETURNING id`,
      [
        file.sha256,
        file.fileName,
        format,
        file.sizeBytes,
        rowsRead,
        rowsSkipped,
        total.first,
        total.last,
        total.accounts,
        total.billed,
        JSON.stringify(rowErrors),
        setId,
      ],
    )
    ids.push(rows[0]!.id)
  }
  return ids
}
