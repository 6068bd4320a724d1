// The servers behind the fake EC2 and RDS: instances, DB instances and Aurora clusters in accounts and regions,
// whose states move over (real) time the way AWS's do. A start or stop puts a server in its transitional state
// (pending, starting, stopping) for `transitionMs`, then in its final one; an EC2 instance's status checks stay
// `initializing` for `statusCheckMs` after it is running. An Aurora cluster's members follow their cluster.
// Tests read and move the states directly too: `awsRestart` plays RDS starting a DB that was stopped for 7 days.
import { AwsFault } from './faults'

export type Tags = Record<string, string>

export type FakeEc2Spec = {
  kind: 'ec2'
  id: string
  accountId: string
  region: string
  type: string
  state: 'running' | 'stopped'
  tags?: Tags
  launchTime: string
}
export type FakeDbSpec = {
  kind: 'rds'
  id: string
  accountId: string
  region: string
  type: string
  engine: string
  state: 'available' | 'stopped'
  tags?: Tags
  createdAt: string
  /** A read replica: the DB instance it replicates. */
  replicaOf?: string
  /** An Aurora member: its cluster (its state is the cluster's). */
  clusterId?: string
}
export type FakeClusterSpec = {
  kind: 'aurora'
  id: string
  accountId: string
  region: string
  engine: string
  state: 'available' | 'stopped'
  tags?: Tags
  createdAt: string
}
export type FakeServerSpec = FakeEc2Spec | FakeDbSpec | FakeClusterSpec

export type Ec2State = 'pending' | 'running' | 'stopping' | 'stopped'
export type DbState = 'available' | 'starting' | 'stopping' | 'stopped'

type Transition<S> = { to: S; at: number }
type Live<Spec, S> = { spec: Spec; state: S; since: number; transition: Transition<S> | null }

export type ServerTimings = { transitionMs: number; statusCheckMs: number }
export type ServerFaults = {
  /** Servers whose start AWS refuses (EC2 InsufficientInstanceCapacity, RDS InsufficientDBInstanceCapacity). */
  startRefused?: string[]
}

export class FakeServers {
  private readonly ec2 = new Map<string, Live<FakeEc2Spec, Ec2State>>()
  private readonly dbs = new Map<string, Live<FakeDbSpec, DbState>>()
  private readonly clusters = new Map<string, Live<FakeClusterSpec, DbState>>()
  /** Every start and stop AWS accepted, in order: `{ action, id, at }`. */
  readonly actions: { action: 'start' | 'stop'; id: string; at: number }[] = []
  /** Every start AWS refused (faults.startRefused), in order: how often a caller tried. */
  readonly refused: { id: string; at: number }[] = []

  constructor(
    specs: readonly FakeServerSpec[],
    readonly timings: ServerTimings = { transitionMs: 300, statusCheckMs: 300 },
    readonly faults: ServerFaults = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    const at = now()
    for (const spec of specs) {
      if (spec.kind === 'ec2')
        this.ec2.set(spec.id, { spec, state: spec.state, since: at - timings.statusCheckMs, transition: null })
      else if (spec.kind === 'rds') this.dbs.set(spec.id, { spec, state: spec.state, since: at, transition: null })
      else this.clusters.set(spec.id, { spec, state: spec.state, since: at, transition: null })
    }
  }

  instancesIn(accountId: string, region: string): { spec: FakeEc2Spec; state: Ec2State; statusOk: boolean }[] {
    return [...this.ec2.values()]
      .filter((live) => live.spec.accountId === accountId && live.spec.region === region)
      .map((live) => {
        const state = this.settle(live)
        return {
          spec: live.spec,
          state,
          statusOk: state === 'running' && this.now() - live.since >= this.timings.statusCheckMs,
        }
      })
  }

  dbInstancesIn(accountId: string, region: string): { spec: FakeDbSpec; state: DbState }[] {
    return [...this.dbs.values()]
      .filter((live) => live.spec.accountId === accountId && live.spec.region === region)
      .map((live) => ({ spec: live.spec, state: this.dbState(live) }))
  }

  clustersIn(accountId: string, region: string): { spec: FakeClusterSpec; state: DbState; members: FakeDbSpec[] }[] {
    return [...this.clusters.values()]
      .filter((live) => live.spec.accountId === accountId && live.spec.region === region)
      .map((live) => ({
        spec: live.spec,
        state: this.settle(live),
        members: [...this.dbs.values()].filter((db) => db.spec.clusterId === live.spec.id).map((db) => db.spec),
      }))
  }

  /** The state a test sees now, for any kind of server. */
  stateOf(id: string): Ec2State | DbState {
    const instance = this.ec2.get(id)
    if (instance) return this.settle(instance)
    const db = this.dbs.get(id)
    if (db) return this.dbState(db)
    const cluster = this.clusters.get(id)
    if (cluster) return this.settle(cluster)
    throw new Error(`The fake has no server ${id}`)
  }

  startInstance(accountId: string, region: string, id: string): { previous: Ec2State; current: Ec2State } {
    const live = this.findInstance(accountId, region, id)
    const previous = this.settle(live)
    if (previous === 'running' || previous === 'pending') return { previous, current: previous }
    if (previous === 'stopping')
      throw new AwsFault(
        400,
        'IncorrectInstanceState',
        `The instance '${id}' is not in a state from which it can be started.`,
      )
    if (this.faults.startRefused?.includes(id)) {
      this.refused.push({ id, at: this.now() })
      throw new AwsFault(
        500,
        'InsufficientInstanceCapacity',
        `We currently do not have sufficient ${live.spec.type} capacity in the Availability Zone you requested.`,
      )
    }
    this.move(live, 'pending', 'running', 'start')
    return { previous, current: 'pending' }
  }

  stopInstance(accountId: string, region: string, id: string): { previous: Ec2State; current: Ec2State } {
    const live = this.findInstance(accountId, region, id)
    const previous = this.settle(live)
    if (previous === 'stopped' || previous === 'stopping') return { previous, current: previous }
    if (previous === 'pending')
      throw new AwsFault(
        400,
        'IncorrectInstanceState',
        `The instance '${id}' is not in a state from which it can be stopped.`,
      )
    this.move(live, 'stopping', 'stopped', 'stop')
    return { previous, current: 'stopping' }
  }

  startDbInstance(accountId: string, region: string, id: string): FakeDbSpec {
    const live = this.findDb(accountId, region, id)
    this.refuseMember(live.spec, 'start')
    const state = this.settle(live)
    if (state !== 'stopped')
      throw new AwsFault(400, 'InvalidDBInstanceState', `Instance ${id} is not stopped, it is ${state}.`)
    if (this.faults.startRefused?.includes(id)) {
      this.refused.push({ id, at: this.now() })
      throw new AwsFault(
        400,
        'InsufficientDBInstanceCapacity',
        `Insufficient capacity for ${live.spec.type} in this Availability Zone.`,
      )
    }
    this.move(live, 'starting', 'available', 'start')
    return live.spec
  }

  stopDbInstance(accountId: string, region: string, id: string): FakeDbSpec {
    const live = this.findDb(accountId, region, id)
    this.refuseMember(live.spec, 'stop')
    if (live.spec.replicaOf)
      throw new AwsFault(400, 'InvalidDBInstanceState', `Instance ${id} is a read replica and cannot be stopped.`)
    if ([...this.dbs.values()].some((db) => db.spec.replicaOf === id))
      throw new AwsFault(400, 'InvalidDBInstanceState', `Instance ${id} has read replicas and cannot be stopped.`)
    const state = this.settle(live)
    if (state !== 'available')
      throw new AwsFault(400, 'InvalidDBInstanceState', `Instance ${id} is not in available state, it is ${state}.`)
    this.move(live, 'stopping', 'stopped', 'stop')
    return live.spec
  }

  startCluster(accountId: string, region: string, id: string): FakeClusterSpec {
    const live = this.findCluster(accountId, region, id)
    const state = this.settle(live)
    if (state !== 'stopped')
      throw new AwsFault(
        400,
        'InvalidDBClusterStateFault',
        `DbCluster ${id} is in ${state} state but expected it to be one of stopped.`,
      )
    if (this.faults.startRefused?.includes(id)) {
      this.refused.push({ id, at: this.now() })
      throw new AwsFault(400, 'InsufficientDBInstanceCapacity', `Insufficient capacity to start the members of ${id}.`)
    }
    this.move(live, 'starting', 'available', 'start')
    return live.spec
  }

  stopCluster(accountId: string, region: string, id: string): FakeClusterSpec {
    const live = this.findCluster(accountId, region, id)
    const state = this.settle(live)
    if (state !== 'available')
      throw new AwsFault(
        400,
        'InvalidDBClusterStateFault',
        `DbCluster ${id} is in ${state} state but expected it to be one of available.`,
      )
    this.move(live, 'stopping', 'stopped', 'stop')
    return live.spec
  }

  /** Starts refused before any server changed (a request naming several instances is refused whole). */
  noteRefused(ids: readonly string[]): void {
    for (const id of ids) this.refused.push({ id, at: this.now() })
  }

  /** The server is terminated or deleted: AWS no longer lists it. */
  remove(id: string): void {
    if (!this.ec2.delete(id) && !this.dbs.delete(id) && !this.clusters.delete(id))
      throw new Error(`The fake has no server ${id}`)
  }

  /** RDS starts a DB instance or cluster that has been stopped for 7 days (AWS does this on its own). */
  awsRestart(id: string): void {
    const live = this.dbs.get(id) ?? this.clusters.get(id)
    if (!live || this.settle(live) !== 'stopped') throw new Error(`${id} is not a stopped DB instance or cluster`)
    live.state = 'starting'
    live.since = this.now()
    live.transition = { to: 'available', at: this.now() + this.timings.transitionMs }
  }

  private move<S extends string>(live: Live<{ id: string }, S>, through: S, to: S, action: 'start' | 'stop') {
    const at = this.now()
    live.state = through
    live.since = at
    live.transition = { to, at: at + this.timings.transitionMs }
    this.actions.push({ action, id: live.spec.id, at })
  }

  private settle<S extends string>(live: Live<unknown, S>): S {
    if (live.transition && this.now() >= live.transition.at) {
      live.state = live.transition.to
      live.since = live.transition.at
      live.transition = null
    }
    return live.state
  }

  private dbState(live: Live<FakeDbSpec, DbState>): DbState {
    const cluster = live.spec.clusterId ? this.clusters.get(live.spec.clusterId) : undefined
    return cluster ? this.settle(cluster) : this.settle(live)
  }

  private refuseMember(spec: FakeDbSpec, action: 'start' | 'stop') {
    if (spec.clusterId) {
      throw new AwsFault(
        400,
        'InvalidDBInstanceState',
        `Instance ${spec.id} is part of cluster ${spec.clusterId}; ${action} the cluster instead (${action === 'start' ? 'StartDBCluster' : 'StopDBCluster'}).`,
      )
    }
  }

  private findInstance(accountId: string, region: string, id: string) {
    const live = this.ec2.get(id)
    if (!live || live.spec.accountId !== accountId || live.spec.region !== region)
      throw new AwsFault(400, 'InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`)
    return live
  }

  private findDb(accountId: string, region: string, id: string) {
    const live = this.dbs.get(id)
    if (!live || live.spec.accountId !== accountId || live.spec.region !== region)
      throw new AwsFault(404, 'DBInstanceNotFound', `DBInstance ${id} not found.`)
    return live
  }

  private findCluster(accountId: string, region: string, id: string) {
    const live = this.clusters.get(id)
    if (!live || live.spec.accountId !== accountId || live.spec.region !== region)
      throw new AwsFault(404, 'DBClusterNotFoundFault', `DBCluster ${id} not found.`)
    return live
  }
}
