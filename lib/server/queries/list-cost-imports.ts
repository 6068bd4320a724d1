import type { Db } from '@/lib/server/db/prisma'
import { type CostFileImportSummary, toSummary } from '@/lib/server/imports/import-cost-file'

export async function listCostImports(db: Db, options: { limit: number }): Promise<CostFileImportSummary[]> {
  const rows = await db.costFileImport.findMany({ orderBy: { importedAt: 'desc' }, take: options.limit })
  return rows.map(toSummary)
}
