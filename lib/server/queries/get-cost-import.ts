// An imported cost file as the import log and the import's own answer show it.
import 'server-only'
import type { CostFileFormat } from '@/lib/domain/imports/detect-cost-file-format'
import type { CostFileImportDto } from '@/lib/schemas/imports'
import type { Db } from '@/lib/server/db/prisma'

/** What to read with a file: how many stored lines it holds now (a later file may have taken some over). */
export const HELD_LINES = { _count: { select: { lines: true } } } as const

type ImportRow = Awaited<ReturnType<Db['costFileImport']['findUniqueOrThrow']>> & { _count: { lines: number } }

/** One imported file, by its id or by the hash of its bytes. */
export async function getCostImport(db: Db, where: { id: string } | { sha256: string }): Promise<CostFileImportDto> {
  return toSummary(await db.costFileImport.findUniqueOrThrow({ where, include: HELD_LINES }))
}

/** A cost_file_import row as the API answers it. */
export function toSummary(row: ImportRow): CostFileImportDto {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.fileName,
    format: row.format as CostFileFormat,
    sizeBytes: Number(row.sizeBytes),
    rowsRead: row.rowsRead,
    rowsSkipped: row.rowsSkipped,
    rowsRepeated: row.rowsRepeated,
    lineItems: row.lineItems,
    linesAdded: row.linesAdded,
    linesReplaced: row.linesReplaced,
    linesHeld: row._count.lines,
    setId: row.setId,
    firstDay: row.firstDay.toISOString().slice(0, 10),
    lastDay: row.lastDay.toISOString().slice(0, 10),
    accounts: row.accounts,
    billedTotalUsd: row.billedTotalUsd.toFixed(),
    rowErrors: row.rowErrors as CostFileImportDto['rowErrors'],
    importedAt: row.importedAt.toISOString(),
  }
}
