// Uploading cost files (AWS CUR 2.0 or FOCUS 1.0–1.2 CSV, gzip too) for teams that cannot grant API access.
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount, isoDay } from './common'
import { importQuery } from './ingestion-query'

const rowError = z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() })

export const costFileImport = z
  .object({
    id: z.uuid(),
    sha256: z.string().meta({ description: 'SHA-256 of the bytes as uploaded; the same file is imported once.' }),
    fileName: z.string(),
    format: z.enum(['focus-1.0', 'focus-1.1', 'focus-1.2', 'cur-2.0']),
    sizeBytes: z.number().int(),
    rowsRead: z.number().int(),
    rowsSkipped: z.number().int(),
    rowsRepeated: z.number().int().meta({
      description: 'Rows that repeated a line met earlier in the same upload (the same identity): counted once.',
    }),
    lineItems: z.number().int().meta({
      description:
        'Distinct lines the file brought (CUR 2.0: by identity_line_item_id and identity_time_interval; FOCUS: by whole row).',
    }),
    linesAdded: z.number().int().meta({ description: 'Lines new to the stored data.' }),
    linesReplaced: z.number().int().meta({
      description:
        'Lines already stored (from another part of the export, the whole file, or this file) that it replaced.',
    }),
    linesHeld: z.number().int().meta({ description: 'Stored lines whose latest copy came from this file, now.' }),
    setId: z.uuid().nullable().meta({ description: 'Files uploaded together as a complete set share it.' }),
    firstDay: isoDay,
    lastDay: isoDay,
    accounts: z.array(z.string()),
    billedTotalUsd: amount,
    rowErrors: z.array(rowError).meta({ description: 'Skipped rows (the first 100), by line number.' }),
    importedAt: z.iso.datetime(),
  })
  .meta({ id: 'CostFileImport' })

export type CostFileImportDto = z.infer<typeof costFileImport>

export const billingPeriod = z
  .object({
    source: z.enum(['cur', 'focus']),
    billingAccountId: z.string().meta({ description: "The payer account; '' when the files did not name it." }),
    start: isoDay.meta({ description: 'First day of the billing period.' }),
    lines: z.number().int(),
    billedTotalUsd: amount,
    accountDays: z.number().int(),
    accountDaysCountedElsewhere: z.number().int().meta({
      description:
        'Account-days on which a source that comes first (Cost Explorer, or CUR 2.0 over FOCUS) has lines: those count instead.',
    }),
    files: z.array(
      z.object({
        importId: z.uuid().nullable().meta({ description: 'null: lines imported before files kept their lines.' }),
        fileName: z.string().nullable(),
        lines: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ImportedBillingPeriod' })

export type BillingPeriodDto = z.infer<typeof billingPeriod>

export const importResult = z
  .object({ status: z.enum(['imported', 'already_imported']), import: costFileImport })
  .meta({ id: 'CostFileImportResult' })

export const importSetResult = z
  .object({
    status: z.literal('imported'),
    imports: z.array(costFileImport),
    linesRemoved: z
      .number()
      .int()
      .meta({ description: 'Lines of the replaced billing periods that the set no longer has.' }),
  })
  .meta({ id: 'CostFileSetImportResult' })

export const importsResponse = z
  .object({ imports: z.array(costFileImport), periods: z.array(billingPeriod) })
  .meta({ id: 'CostFileImports' })

export const importOperations = [
  defineOperation({
    method: 'post',
    path: '/api/imports',
    permission: 'imports:write',
    summary: 'Import a CUR 2.0 or FOCUS CSV file (optionally gzip-compressed), sent as the request body',
    description:
      'The body is the file itself (text/csv or application/gzip), streamed. A malformed file (encoding, header, quoting) is rejected as a whole; ' +
      'invalid rows are reported by line number and the file is rejected if more than 0.1% of its rows are invalid. ' +
      'Its lines are added to what earlier parts of the same billing period brought; a line already stored (CUR 2.0: the same identity_line_item_id ' +
      'and identity_time_interval; FOCUS: the same row) is replaced, not added twice. The same file twice changes nothing. ' +
      'A file billed in won (FOCUS BillingCurrency=KRW, CUR line_item_currency_code=KRW) is stored in USD at the rate recorded for each line’s ' +
      'billing period (`/api/fx-rates`), the won as billed kept; a line in a period without a rate rejects the file (422, `details.months`).',
    tags: ['ingestion'],
    query: importQuery,
    queryDescriptions: { fileName: 'Name of the uploaded file, for the import log.' },
    rawBody: {
      contentTypes: ['text/csv', 'application/gzip', 'application/octet-stream'],
      description: 'The CUR 2.0 or FOCUS CSV file itself, optionally gzip-compressed (not a multipart form).',
    },
    responses: {
      201: { description: 'Imported.', schema: importResult },
      200: { description: 'This file was imported before; nothing changed.', schema: importResult },
      413: {
        description:
          'Larger than FINOPS_IMPORT_MAX_BYTES after decompression (default 256 MiB); the message names the limit.',
      },
      422: {
        description:
          'Rejected: the message says why; `details.rowErrors` lists invalid rows, `details.months` the billing months billed in won without a recorded rate.',
      },
    },
  }),
  defineOperation({
    method: 'post',
    path: '/api/imports/sets',
    permission: 'imports:write',
    summary:
      "Import an export's files together, as a complete set that replaces their billing periods (multipart/form-data)",
    description:
      'A multipart/form-data body with one part per file: the CSV (or .csv.gz) data files of one export, and optionally its Manifest.json, ' +
      'which must list exactly the data files sent. The set replaces every line stored for the billing periods (and payer) its files cover: ' +
      'this is how a restated billing period gets in. All files are CUR 2.0 or all FOCUS; each is checked as a single upload is.',
    tags: ['ingestion'],
    rawBody: {
      contentTypes: ['multipart/form-data'],
      description:
        'One file part per data file (.csv or .csv.gz), and optionally the export’s Manifest.json (a .json part).',
    },
    responses: {
      201: { description: 'Imported.', schema: importSetResult },
      413: { description: 'A file larger than FINOPS_IMPORT_MAX_BYTES after decompression.' },
      422: {
        description: 'Rejected (a file, or the set against its manifest): the message says why; nothing was imported.',
      },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/imports',
    permission: 'read',
    summary: 'Imported cost files, most recent first, and what each billing period holds',
    tags: ['ingestion'],
    responses: { 200: { description: 'The import log and the billing periods.', schema: importsResponse } },
  }),
]
