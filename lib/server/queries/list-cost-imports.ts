import 'server-only'
import type { CostFileImportDto } from '@/lib/schemas/imports'
import type { Db } from '@/lib/server/db/prisma'
import { HELD_LINES, toSummary } from './get-cost-import'

export async function listCostImports(db: Db, options: { limit: number }): Promise<CostFileImportDto[]> {
  const rows = await db.costFileImport.findMany({
    orderBy: { importedAt: 'desc' },
    take: options.limit,
    include: HELD_LINES,
  })
  return rows.map(toSummary)
}
