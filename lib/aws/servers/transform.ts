// EC2 and RDS answers → ObservedServer. Each page is validated; tags become a plain map; an Aurora cluster's type
// is its members' classes, read from the DB instances of the same region.
import 'server-only'
import { z } from 'zod'
import { type ObservedServer, memberClassesLabel } from '@/lib/domain/servers/observed-server'
import { AwsSourceError } from '../errors'

const ec2Tag = z.object({ Key: z.string().optional(), Value: z.string().optional() })
const rdsTag = ec2Tag

const instanceSchema = z.object({
  InstanceId: z.string().min(1),
  InstanceType: z.string().min(1),
  State: z.object({ Name: z.string().min(1) }),
  LaunchTime: z.date().optional(),
  Tags: z.array(ec2Tag).optional(),
})

export const describeInstancesPageSchema = z.object({
  Reservations: z
    .array(
      z.object({
        OwnerId: z.string().regex(/^\d{12}$/, 'expected a 12-digit account id'),
        Instances: z.array(instanceSchema).default([]),
      }),
    )
    .default([]),
  NextToken: z.string().optional(),
})

const rdsArn = z.string().regex(/^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:(db|cluster):/, 'expected an RDS ARN')

const dbInstanceSchema = z.object({
  DBInstanceIdentifier: z.string().min(1),
  DBInstanceClass: z.string().min(1),
  Engine: z.string().min(1),
  DBInstanceStatus: z.string().min(1),
  InstanceCreateTime: z.date().optional(),
  DBInstanceArn: rdsArn,
  DBClusterIdentifier: z.string().optional(),
  ReadReplicaSourceDBInstanceIdentifier: z.string().optional(),
  ReadReplicaDBInstanceIdentifiers: z.array(z.string()).optional(),
  TagList: z.array(rdsTag).optional(),
})

export const describeDbInstancesPageSchema = z.object({
  DBInstances: z.array(dbInstanceSchema).default([]),
  Marker: z.string().optional(),
})

const dbClusterSchema = z.object({
  DBClusterIdentifier: z.string().min(1),
  Engine: z.string().min(1),
  Status: z.string().min(1),
  ClusterCreateTime: z.date().optional(),
  DBClusterArn: rdsArn,
  DBClusterMembers: z
    .array(z.object({ DBInstanceIdentifier: z.string().min(1), IsClusterWriter: z.boolean().optional() }))
    .optional(),
  TagList: z.array(rdsTag).optional(),
})

export const describeDbClustersPageSchema = z.object({
  DBClusters: z.array(dbClusterSchema).default([]),
  Marker: z.string().optional(),
})

export type Ec2Page = z.infer<typeof describeInstancesPageSchema>
export type DbInstance = z.infer<typeof dbInstanceSchema>
export type DbCluster = z.infer<typeof dbClusterSchema>

export function validate<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new AwsSourceError(
      'invalid_response',
      `AWS sent an unexpected ${what} response (${issue.path.join('.')}: ${issue.message}); nothing was written.`,
    )
  }
  return result.data
}

function tagMap(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).filter((tag) => tag.Key).map((tag) => [tag.Key!, tag.Value ?? '']))
}

/** The account in an ARN (arn:aws:rds:region:account:…). */
function accountOfArn(arn: string): string {
  return arn.split(':')[4]!
}

export function ec2Servers(region: string, page: Ec2Page): ObservedServer[] {
  return page.Reservations.flatMap((reservation) =>
    reservation.Instances.map((instance) => ({
      kind: 'ec2' as const,
      id: instance.InstanceId,
      accountId: reservation.OwnerId,
      region,
      type: instance.InstanceType,
      engine: null,
      state: instance.State.Name,
      tags: tagMap(instance.Tags),
      launchedAt: instance.LaunchTime ?? null,
      replicaOf: null,
      replicas: [],
      clusterId: null,
    })),
  )
}

export function dbInstanceServer(region: string, db: DbInstance): ObservedServer {
  return {
    kind: 'rds',
    id: db.DBInstanceIdentifier,
    accountId: accountOfArn(db.DBInstanceArn),
    region,
    type: db.DBInstanceClass,
    engine: db.Engine,
    state: db.DBInstanceStatus,
    tags: tagMap(db.TagList),
    launchedAt: db.InstanceCreateTime ?? null,
    replicaOf: db.ReadReplicaSourceDBInstanceIdentifier ?? null,
    replicas: db.ReadReplicaDBInstanceIdentifiers ?? [],
    clusterId: db.DBClusterIdentifier ?? null,
  }
}

/** `instances`: the region's DB instances, whose classes name the cluster's type. */
export function clusterServer(region: string, cluster: DbCluster, instances: readonly DbInstance[]): ObservedServer {
  const members = (cluster.DBClusterMembers ?? []).map((member) => member.DBInstanceIdentifier)
  const classes = members.flatMap((id) =>
    instances.filter((db) => db.DBInstanceIdentifier === id).map((db) => db.DBInstanceClass),
  )
  return {
    kind: 'aurora',
    id: cluster.DBClusterIdentifier,
    accountId: accountOfArn(cluster.DBClusterArn),
    region,
    type: memberClassesLabel(classes),
    engine: cluster.Engine,
    state: cluster.Status,
    tags: tagMap(cluster.TagList),
    launchedAt: cluster.ClusterCreateTime ?? null,
    replicaOf: null,
    replicas: [],
    clusterId: null,
  }
}
