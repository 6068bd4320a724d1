import 'server-only'
import type { CostFileImportDto } from '@/lib/schemas/imports'
import type { Db } from '@/lib/server/db/prisma'
import { toSummary } from './get-cost-import'

export async function listCostImports(db: Db, options: { limit: number }): Promise<CostFileImportDto[]> {
  const rows = await db.costFileImport.findMany({ orderBy: { importedAt: 'desc' }, take: options.limit })
  return rows.map(toSummary)
}
