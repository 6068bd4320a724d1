// A server as the inventory observes it in AWS: an EC2 instance, an RDS DB instance (standalone, a read replica
// or an Aurora member) or an Aurora cluster. `id` is AWS's own identifier: the instance id, the DB instance
// identifier or the DB cluster identifier.
import type { ServerKind } from './schedulable'

export type ServerTags = Record<string, string>

export type ObservedServer = {
  kind: ServerKind
  id: string
  accountId: string
  region: string
  /** The instance type or DB instance class; for an Aurora cluster, its members' classes ("db.r6g.large × 2"). */
  type: string
  /** RDS and Aurora: the database engine (postgres, aurora-postgresql…); EC2: null. */
  engine: string | null
  state: string
  tags: ServerTags
  /** EC2: the launch time; RDS and Aurora: when the instance or cluster was created. */
  launchedAt: Date | null
  replicaOf: string | null
  replicas: string[]
  clusterId: string | null
}

/** "db.r6g.large × 2", or the classes joined when they differ; "" for a cluster without instances. */
export function memberClassesLabel(classes: readonly string[]): string {
  const distinct = [...new Set(classes)]
  if (distinct.length === 1) return classes.length === 1 ? distinct[0]! : `${distinct[0]} × ${classes.length}`
  return [...classes].sort().join(' + ')
}
