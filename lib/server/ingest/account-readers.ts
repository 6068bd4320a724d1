// Whose resources a run lists (Lambda functions, servers): the credentials' own account, then, with a member role
// configured, every other linked account whose role could be assumed (the others are named in a warning and left
// as stored). The clients of each member account are kept in the run's context for the steps after.
import 'server-only'
import type { AwsClients } from '@/lib/aws/clients'
import { callerAccountId, checkMemberAccess, memberAccountClients } from '@/lib/aws/member-accounts'
import { type IngestionContext, checkCancelled } from './ingestion-context'

/** Clients that list one account's resources; accountId null: the credentials' own, not looked up. */
export type AccountReader = { accountId: string | null; aws: AwsClients }

/** `linkedAccounts`: the accounts Cost Explorer reported in this run, if it ran; else the stored ones. */
export async function accountReaders(
  context: IngestionContext,
  linkedAccounts: string[] | undefined,
): Promise<AccountReader[]> {
  const roleName = context.settings.memberRoleName
  if (!roleName) return [{ accountId: null, aws: context.aws }]
  const own = await callerAccountId(context.aws, context.signal)
  const linked =
    linkedAccounts ??
    (await context.db.awsAccount.findMany({ where: { isDemo: false }, select: { id: true } })).map(
      (account) => account.id,
    )
  const readers: AccountReader[] = [{ accountId: own, aws: context.aws }]
  for (const accountId of [...new Set(linked)].filter((id) => id !== own).sort()) {
    checkCancelled(context)
    const known = context.memberClients.get(accountId)
    if (known) {
      readers.push({ accountId, aws: known })
      continue
    }
    const clients = memberAccountClients(accountId, roleName)
    const access = await checkMemberAccess(clients, accountId, roleName)
    if (!access.ok) {
      clients.destroy()
      context.tracker.warn(access.message)
      continue
    }
    context.memberClients.set(accountId, clients)
    readers.push({ accountId, aws: clients })
  }
  return readers
}
