// The server inventory as GET /api/servers lists it: every server still listed by AWS, with its hourly price from
// the rate card (an Aurora cluster's is its member instances'), the schedules that start and stop it, and its
// month's cost from the counted cost lines where they can be attributed to it.
import 'server-only'
import { type IsoMonth, monthOf } from '@/lib/domain/calendar'
import { serverHourlyPrice } from '@/lib/domain/pricing/server-hourly-price'
import { attributeMonthCosts } from '@/lib/domain/servers/attributed-cost'
import { schedulesOfServers } from '@/lib/domain/servers/server-schedules'
import type { ServerKind } from '@/lib/domain/servers/schedulable'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { listSchedules } from '@/lib/server/schedules/schedule-store'
import type { ServerDto, ServersResponse } from '@/lib/schemas/servers'
import type { z } from 'zod'
import type { serversQuery } from '@/lib/schemas/servers-query'
import { serverMonthCostLines } from './server-month-costs'

/** The inventory with each server's cost in `month` (default: the month in progress). */
export async function listServers(
  db: Db,
  query: z.output<typeof serversQuery> = {},
  month: IsoMonth = monthOf(clock.today()),
): Promise<ServersResponse> {
  const rows = await db.server.findMany({
    where: { deletedAt: null, kind: query.kind, accountId: query.accountId, region: query.region },
    orderBy: [{ accountId: 'asc' }, { region: 'asc' }, { kind: 'asc' }, { resourceId: 'asc' }],
  })
  const [memberClasses, schedules, costLines, accounts] = await Promise.all([
    auroraMemberClasses(
      db,
      rows.filter((row) => row.kind === 'aurora'),
    ),
    listSchedules(db),
    serverMonthCostLines(db, month),
    db.awsAccount.findMany({ select: { id: true, name: true } }),
  ])
  // A month's cost is attributed among every server of the same type, whatever the filter shows.
  const everyServer =
    query.kind || query.accountId || query.region
      ? await db.server.findMany({
          where: { deletedAt: null },
          select: { kind: true, accountId: true, region: true, type: true, resourceId: true },
        })
      : rows
  const costs = attributeMonthCosts(
    everyServer.map((row) => ({ ...row, kind: row.kind as ServerKind })),
    costLines,
  )
  const costOf = new Map(
    everyServer.map((row, index) => [`${row.accountId}/${row.region}/${row.kind}/${row.resourceId}`, costs[index]!]),
  )
  const inventoried = rows.map((row) => ({
    row,
    id: row.resourceId,
    tags: row.tags as Record<string, string>,
    schedulable: row.schedulable,
  }))
  const scheduled = schedulesOfServers(
    inventoried,
    schedules.map(({ id, schedule }) => ({ id, name: schedule.name, groups: schedule.groups })),
  )
  const accountName = new Map(accounts.map((account) => [account.id, account.name]))
  return {
    month,
    servers: inventoried.map((server) =>
      serverDto(
        server.row,
        memberClasses,
        accountName.get(server.row.accountId) ?? server.row.accountId,
        scheduled.get(server)!,
        costOf.get(`${server.row.accountId}/${server.row.region}/${server.row.kind}/${server.row.resourceId}`)!,
      ),
    ),
  }
}

type ServerRow = Awaited<ReturnType<Db['server']['findMany']>>[number]

function serverDto(
  row: ServerRow,
  memberClasses: Map<string, string[]>,
  accountName: string,
  schedules: ServerDto['schedules'],
  monthCost: ServerDto['monthCost'],
): ServerDto {
  const kind = row.kind as ServerKind
  const price = serverHourlyPrice({
    kind,
    region: row.region,
    type: row.type,
    engine: row.engine,
    memberClasses: memberClasses.get(`${row.accountId}/${row.region}/${row.resourceId}`),
  })
  return {
    id: row.resourceId,
    kind,
    accountId: row.accountId,
    region: row.region,
    type: row.type,
    engine: row.engine,
    state: row.state,
    tags: row.tags as Record<string, string>,
    launchedAt: row.launchedAt?.toISOString() ?? null,
    schedulable: row.schedulable,
    reason: row.reason,
    replicaOf: row.replicaOf,
    clusterId: row.clusterId,
    hourlyUsd: price.hourlyUsd,
    price: price.source === null ? null : { source: price.source, status: price.status, asOf: price.asOf },
    priceMissing: price.missing,
    lastSeen: row.lastSeen.toISOString(),
    accountName,
    schedules,
    monthCost,
  }
}

/** The classes of each Aurora cluster's member instances, by account/region/cluster. */
export async function auroraMemberClasses(
  db: Db,
  clusters: { accountId: string; region: string }[],
): Promise<Map<string, string[]>> {
  const byCluster = new Map<string, string[]>()
  if (clusters.length === 0) return byCluster
  const members = await db.server.findMany({
    where: {
      deletedAt: null,
      kind: 'rds',
      clusterId: { not: null },
      accountId: { in: [...new Set(clusters.map((cluster) => cluster.accountId))] },
    },
    select: { accountId: true, region: true, clusterId: true, type: true },
    orderBy: { resourceId: 'asc' },
  })
  for (const member of members) {
    const key = `${member.accountId}/${member.region}/${member.clusterId}`
    byCluster.set(key, [...(byCluster.get(key) ?? []), member.type])
  }
  return byCluster
}
