// The server inventory as GET /api/servers lists it: every server still listed by AWS, with its hourly price from
// the rate card (an Aurora cluster's is its member instances').
import 'server-only'
import { serverHourlyPrice } from '@/lib/domain/pricing/server-hourly-price'
import type { ServerKind } from '@/lib/domain/servers/schedulable'
import type { Db } from '@/lib/server/db/prisma'
import type { ServerDto } from '@/lib/schemas/servers'
import type { z } from 'zod'
import type { serversQuery } from '@/lib/schemas/servers-query'

export async function listServers(db: Db, query: z.output<typeof serversQuery> = {}): Promise<ServerDto[]> {
  const rows = await db.server.findMany({
    where: { deletedAt: null, kind: query.kind, accountId: query.accountId, region: query.region },
    orderBy: [{ accountId: 'asc' }, { region: 'asc' }, { kind: 'asc' }, { resourceId: 'asc' }],
  })
  const memberClasses = await auroraMemberClasses(db, rows.filter((row) => row.kind === 'aurora'))
  return rows.map((row) => {
    const kind = row.kind as ServerKind
    const price = serverHourlyPrice({ kind, region: row.region, type: row.type, engine: row.engine, memberClasses: memberClasses.get(`${row.accountId}/${row.region}/${row.resourceId}`) })
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
    }
  })
}

/** The classes of each Aurora cluster's member instances, by account/region/cluster. */
async function auroraMemberClasses(db: Db, clusters: { accountId: string; region: string }[]): Promise<Map<string, string[]>> {
  const byCluster = new Map<string, string[]>()
  if (clusters.length === 0) return byCluster
  const members = await db.server.findMany({
    where: { deletedAt: null, kind: 'rds', clusterId: { not: null }, accountId: { in: [...new Set(clusters.map((cluster) => cluster.accountId))] } },
    select: { accountId: true, region: true, clusterId: true, type: true },
    orderBy: { resourceId: 'asc' },
  })
  for (const member of members) {
    const key = `${member.accountId}/${member.region}/${member.clusterId}`
    byCluster.set(key, [...(byCluster.get(key) ?? []), member.type])
  }
  return byCluster
}
