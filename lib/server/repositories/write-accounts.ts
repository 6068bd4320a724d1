import 'server-only'
import { REGIONS } from '@/lib/domain/regions'
import { type Column, type SqlExecutor, bulkInsert } from './bulk-write'

export async function upsertRegions(db: SqlExecutor) {
  await bulkInsert(
    db,
    'region',
    [
      { name: 'code', type: 'text', value: (r: (typeof REGIONS)[number]) => r.code },
      { name: 'name', type: 'text', value: (r) => r.name },
      { name: 'billing_prefix', type: 'text', value: (r) => r.billingPrefix },
    ],
    REGIONS,
    'ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, billing_prefix = EXCLUDED.billing_prefix',
  )
}

export type AccountRow = { id: string; name: string; isDemo: boolean }

const accountColumns: Column<AccountRow>[] = [
  { name: 'id', type: 'text', value: (a) => a.id },
  { name: 'name', type: 'text', value: (a) => a.name },
  { name: 'is_demo', type: 'bool', value: (a) => a.isDemo },
]

export async function upsertAccounts(db: SqlExecutor, accounts: AccountRow[]) {
  await bulkInsert(
    db,
    'aws_account',
    accountColumns,
    accounts,
    'ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, is_demo = EXCLUDED.is_demo',
  )
}

/** Accounts an ingestion saw: a new one is named by its id until Cost Explorer or the user names it; a known one keeps
 * its name. */
export async function insertUnknownAccounts(db: SqlExecutor, accountIds: readonly string[]) {
  const rows = accountIds.map((id) => ({ id, name: id, isDemo: false }))
  await bulkInsert(db, 'aws_account', accountColumns, rows, 'ON CONFLICT (id) DO NOTHING')
}
