// The `instances` source → server: lists the EC2 instances, RDS DB instances and Aurora clusters of every region
// to read, in the credentials' own account and each linked account through its member role (as Lambda is read),
// then in one transaction upserts them with whether a schedule may start and stop each (and why not), and marks
// those no longer listed in a read account and region as deleted.
import 'server-only'
import { listServers } from '@/lib/aws/servers/list-servers'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import { isKnownRegion } from '@/lib/domain/regions'
import type { ObservedServer } from '@/lib/domain/servers/observed-server'
import { insertUnknownAccounts, upsertRegions } from '@/lib/server/repositories/write-accounts'
import { markUnlistedServersDeleted, serverRow, upsertServers } from '@/lib/server/repositories/write-servers'
import { accountReaders } from './account-readers'
import { withFactTransaction } from './fact-transaction'
import { type IngestionContext, checkCancelled } from './ingestion-context'

/** Cost Explorer's names of the services whose servers the inventory lists. */
const SERVER_SERVICES = ['Amazon Elastic Compute Cloud - Compute', 'Amazon Relational Database Service']

export async function ingestServers(
  context: IngestionContext,
  runWindow: DayRange,
  linkedAccounts?: string[],
): Promise<void> {
  const { tracker } = context
  tracker.progress.phase = 'servers'
  const regions = context.settings.regions?.filter(isKnownRegion) ?? (await regionsToRead(context, runWindow))
  tracker.progress.servers.regions = regions
  if (regions.length === 0) {
    tracker.warn(
      'No region to list servers in: Cost Explorer shows no EC2 or RDS spend in the window and no servers are known. Set FINOPS_AWS_REGIONS to list them anyway.',
    )
    return
  }
  const observed: ObservedServer[] = []
  const readAccounts = new Set<string>()
  for (const reader of await accountReaders(context, linkedAccounts)) {
    if (reader.accountId) readAccounts.add(reader.accountId)
    for (const region of regions) {
      checkCancelled(context)
      observed.push(...(await listServers(reader.aws, tracker.meter, region, context.signal)))
      await tracker.flush()
    }
  }
  const accountIds = [...new Set([...readAccounts, ...observed.map((server) => server.accountId)])].sort()
  const written = await tracker.timedWrite(() =>
    withFactTransaction(context.facts, async ({ sql }) => {
      await upsertRegions(sql)
      await insertUnknownAccounts(sql, accountIds)
      await upsertServers(
        sql,
        observed.map((server) => serverRow(server, context.now)),
      )
      let deleted = 0
      for (const region of regions) {
        for (const accountId of accountIds) {
          const listed = observed
            .filter((server) => server.region === region && server.accountId === accountId)
            .map((server) => ({ kind: server.kind, resourceId: server.id }))
          deleted += await markUnlistedServersDeleted(sql, { accountId, region, listed, at: context.now })
        }
      }
      return { deleted }
    }),
  )
  Object.assign(tracker.progress.servers, { servers: observed.length, deleted: written.deleted })
  await tracker.flush()
  tracker.say(
    `instances ${regions.join(', ')}: ${observed.length} servers in ${accountIds.length || 'no'} account(s), ${written.deleted} no longer listed, ` +
      `${tracker.meter.counts.servers.calls} EC2/RDS calls`,
  )
}

/** Regions where Cost Explorer shows EC2 or RDS spend in the window, and those of servers already known. */
async function regionsToRead(context: IngestionContext, window: DayRange): Promise<string[]> {
  const rows = await context.db.$queryRaw<{ region: string }[]>`
    SELECT DISTINCT c.region FROM cost_line_item c JOIN aws_account a ON a.id = c.account_id
    WHERE c.service = ANY(${SERVER_SERVICES}::text[]) AND NOT a.is_demo AND c.day BETWEEN ${window.from}::date AND ${window.to}::date
    UNION
    SELECT DISTINCT s.region FROM server s JOIN aws_account a ON a.id = s.account_id WHERE NOT a.is_demo AND s.deleted_at IS NULL`
  return rows
    .map((row) => row.region)
    .filter(isKnownRegion)
    .sort()
}
