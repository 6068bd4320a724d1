// Which servers a schedule may start and stop, and why not. RDS refuses to stop a read replica or a DB instance
// that has read replicas, and starts and stops an Aurora cluster's instances only through the cluster (the same
// cases AWS Instance Scheduler refuses); a terminated EC2 instance cannot be started again.
export const SERVER_KINDS = ['ec2', 'rds', 'aurora'] as const
export type ServerKind = (typeof SERVER_KINDS)[number]

/** What decides whether a server can be scheduled, as the inventory observes it. */
export type SchedulingFacts = {
  kind: ServerKind
  state: string
  /** A read replica: the identifier of the DB instance it replicates. */
  replicaOf?: string | null
  /** A DB instance with read replicas: their identifiers. */
  replicas?: readonly string[]
  /** An Aurora member instance: its cluster. */
  clusterId?: string | null
}

export type Schedulability = { schedulable: true; reason: null } | { schedulable: false; reason: string }

const GONE_EC2_STATES = ['shutting-down', 'terminated']

export function schedulability(server: SchedulingFacts): Schedulability {
  if (server.kind === 'ec2' && GONE_EC2_STATES.includes(server.state)) {
    return {
      schedulable: false,
      reason: `The instance is ${server.state}: a terminated instance cannot be started again.`,
    }
  }
  if (server.kind === 'rds' && server.clusterId) {
    return {
      schedulable: false,
      reason: `An Aurora member instance starts and stops with its cluster: schedule the cluster ${server.clusterId} instead.`,
    }
  }
  if (server.kind === 'rds' && server.replicaOf) {
    return { schedulable: false, reason: `A read replica of ${server.replicaOf}: RDS cannot stop a read replica.` }
  }
  if (server.kind === 'rds' && server.replicas && server.replicas.length > 0) {
    return {
      schedulable: false,
      reason: `It has read replicas (${server.replicas.join(', ')}): RDS cannot stop a DB instance that has read replicas.`,
    }
  }
  return { schedulable: true, reason: null }
}
