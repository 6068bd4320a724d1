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
    lineItems: z.number().int().meta({ description: 'Line items stored after summing rows per day, account, service, usage type, region and charge type.' }),
    firstDay: isoDay,
    lastDay: isoDay,
    accounts: z.array(z.string()),
    billedTotalUsd: amount,
    rowErrors: z.array(rowError).meta({ description: 'Skipped rows (the first 100), by line number.' }),
    importedAt: z.iso.datetime(),
  })
  .meta({ id: 'CostFileImport' })

export type CostFileImportDto = z.infer<typeof costFileImport>

export const importResult = z.object({ status: z.enum(['imported', 'already_imported']), import: costFileImport }).meta({ id: 'CostFileImportResult' })

export const importsResponse = z.object({ imports: z.array(costFileImport) }).meta({ id: 'CostFileImports' })

export const importOperations = [
  defineOperation({
    method: 'post',
    path: '/api/imports',
    permission: 'imports:write',
    summary: 'Import a CUR 2.0 or FOCUS CSV file (optionally gzip-compressed), sent as the request body',
    description:
      'The body is the file itself (text/csv or application/gzip), streamed. A malformed file (encoding, header, quoting) is rejected as a whole; ' +
      'invalid rows are reported by line number and the file is rejected if more than 0.1% of its rows are invalid. The same file twice changes nothing.',
    tags: ['ingestion'],
    query: importQuery,
    queryDescriptions: { fileName: 'Name of the uploaded file, for the import log.' },
    rawBody: { contentTypes: ['text/csv', 'application/gzip', 'application/octet-stream'], description: 'The CUR 2.0 or FOCUS CSV file itself, optionally gzip-compressed (not a multipart form).' },
    responses: {
      201: { description: 'Imported.', schema: importResult },
      200: { description: 'This file was imported before; nothing changed.', schema: importResult },
      413: { description: 'Larger than FINOPS_IMPORT_MAX_BYTES after decompression (default 256 MiB); the message names the limit.' },
      422: { description: 'Rejected: the message says why; `details.rowErrors` lists invalid rows.' },
    },
  }),
  defineOperation({ method: 'get', path: '/api/imports', permission: 'read', summary: 'Imported cost files, most recent first', tags: ['ingestion'], responses: { 200: { description: 'The import log.', schema: importsResponse } } }),
]
