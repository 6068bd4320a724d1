import 'server-only'
import type { FunctionMatches } from '@/lib/schemas/function-workload'
import type { Db } from '@/lib/server/db/prisma'
import { functionIdentitySelect, withAccountName } from './function-identity'

/** Functions whose name contains `search` (any case), current ones only, by name. */
export async function searchFunctions(db: Db, params: { search?: string; limit: number }): Promise<FunctionMatches> {
  const functions = await db.lambdaFunction.findMany({
    where: {
      deletedAt: null,
      ...(params.search ? { name: { contains: params.search, mode: 'insensitive' as const } } : {}),
    },
    orderBy: [{ name: 'asc' }, { accountId: 'asc' }, { region: 'asc' }],
    take: params.limit,
    select: functionIdentitySelect,
  })
  return { functions: functions.map(withAccountName) }
}
