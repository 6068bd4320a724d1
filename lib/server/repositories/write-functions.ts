import 'server-only'
import type { Db } from '@/lib/server/db/prisma'
import { bulkInsert } from './bulk-write'

export type FunctionRow = {
  accountId: string
  region: string
  name: string
  arn: string
  seenAt: Date
  firstSeen?: Date
}

export function functionKeyOf(row: { accountId: string; region: string; name: string }) {
  return `${row.accountId}/${row.region}/${row.name}`
}

/** Inserts new functions, refreshes last-seen on known ones, and returns the id of each by key. */
export async function upsertFunctions(
  db: Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>,
  rows: FunctionRow[],
): Promise<Map<string, number>> {
  await bulkInsert(
    db,
    'lambda_function',
    [
      { name: 'account_id', type: 'text', value: (r: FunctionRow) => r.accountId },
      { name: 'region', type: 'text', value: (r) => r.region },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'arn', type: 'text', value: (r) => r.arn },
      { name: 'first_seen', type: 'timestamptz', value: (r) => r.firstSeen ?? r.seenAt },
      { name: 'last_seen', type: 'timestamptz', value: (r) => r.seenAt },
    ],
    rows,
    'ON CONFLICT (account_id, region, name) DO UPDATE SET arn = EXCLUDED.arn, last_seen = GREATEST(lambda_function.last_seen, EXCLUDED.last_seen), deleted_at = NULL',
  )
  const accounts = [...new Set(rows.map((row) => row.accountId))]
  const found = await db.$queryRawUnsafe<{ id: number; account_id: string; region: string; name: string }[]>(
    'SELECT id, account_id, region, name FROM lambda_function WHERE account_id = ANY($1::text[])',
    accounts,
  )
  return new Map(
    found.map((row) => [functionKeyOf({ accountId: row.account_id, region: row.region, name: row.name }), row.id]),
  )
}
