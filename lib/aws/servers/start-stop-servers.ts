// Starting and stopping one group's servers in one account and region, and waiting until they are there: EC2
// with the SDK's waiters (running, then status checks OK; stopped), RDS and Aurora with theirs for `available`;
// RDS has no waiter for `stopped`, so stopping is polled. A server already in the wanted state is left alone
// (RDS refuses to start what is available). Every failure names the server and AWS's reason.
import 'server-only'
import {
  DescribeInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceStatusOk,
  waitUntilInstanceStopped,
} from '@aws-sdk/client-ec2'
import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  StartDBClusterCommand,
  StartDBInstanceCommand,
  StopDBClusterCommand,
  StopDBInstanceCommand,
  waitUntilDBClusterAvailable,
  waitUntilDBInstanceAvailable,
} from '@aws-sdk/client-rds'
import type { ServerKind } from '@/lib/domain/servers/schedulable'
import type { AwsClients } from '../clients'

export type ServerAction = 'start' | 'stop'
export type ServerRef = { kind: ServerKind; id: string }
/** How long to wait for a group, and how often to look (the SDK's waiters take whole seconds). */
export type WaitSettings = { maxWaitSeconds: number; pollSeconds: number }

export class ServerActionError extends Error {
  constructor(
    readonly serverId: string,
    message: string,
  ) {
    super(message)
    this.name = 'ServerActionError'
  }
}

/** Starts or stops the servers and waits until every one is running and healthy (or stopped). */
export async function startStopServers(
  aws: AwsClients,
  region: string,
  servers: readonly ServerRef[],
  action: ServerAction,
  wait: WaitSettings,
): Promise<void> {
  const ec2 = servers.filter((server) => server.kind === 'ec2').map((server) => server.id)
  const others = servers.filter((server) => server.kind !== 'ec2')
  await Promise.all([
    ec2.length ? ec2Action(aws, region, ec2, action, wait) : null,
    ...others.map((server) => databaseAction(aws, region, server, action, wait)),
  ])
}

async function ec2Action(aws: AwsClients, region: string, ids: string[], action: ServerAction, wait: WaitSettings) {
  const client = aws.ec2(region)
  const waiter = { client, maxWaitTime: wait.maxWaitSeconds, minDelay: wait.pollSeconds, maxDelay: wait.pollSeconds }
  const failed = (error: unknown) =>
    new ServerActionError(ids.join(', '), `EC2 ${action} of ${ids.join(', ')} failed: ${reason(error)}`)
  try {
    const described = await client.send(new DescribeInstancesCommand({ InstanceIds: ids }))
    const states = new Map(
      described.Reservations?.flatMap((reservation) => reservation.Instances ?? []).map((instance) => [
        instance.InstanceId!,
        instance.State?.Name,
      ]),
    )
    const toChange = ids.filter((id) =>
      action === 'start' ? states.get(id) !== 'running' : states.get(id) !== 'stopped',
    )
    if (toChange.length && action === 'start') await client.send(new StartInstancesCommand({ InstanceIds: toChange }))
    if (toChange.length && action === 'stop') await client.send(new StopInstancesCommand({ InstanceIds: toChange }))
    if (action === 'start') {
      await waitUntilInstanceRunning(waiter, { InstanceIds: ids })
      await waitUntilInstanceStatusOk(waiter, { InstanceIds: ids })
    } else {
      await waitUntilInstanceStopped(waiter, { InstanceIds: ids })
    }
  } catch (error) {
    throw failed(error)
  }
}

async function databaseAction(
  aws: AwsClients,
  region: string,
  server: ServerRef,
  action: ServerAction,
  wait: WaitSettings,
) {
  const client = aws.rds(region)
  const cluster = server.kind === 'aurora'
  const label = `${cluster ? 'Aurora cluster' : 'RDS instance'} ${server.id}`
  const status = () => databaseStatus(aws, region, server)
  try {
    const now = await status()
    if (action === 'start') {
      if (now === 'stopped' && cluster) await client.send(new StartDBClusterCommand({ DBClusterIdentifier: server.id }))
      if (now === 'stopped' && !cluster)
        await client.send(new StartDBInstanceCommand({ DBInstanceIdentifier: server.id }))
      const waiter = {
        client,
        maxWaitTime: wait.maxWaitSeconds,
        minDelay: wait.pollSeconds,
        maxDelay: wait.pollSeconds,
      }
      if (cluster) await waitUntilDBClusterAvailable(waiter, { DBClusterIdentifier: server.id })
      else await waitUntilDBInstanceAvailable(waiter, { DBInstanceIdentifier: server.id })
      return
    }
    if (now === 'available' && cluster) await client.send(new StopDBClusterCommand({ DBClusterIdentifier: server.id }))
    if (now === 'available' && !cluster)
      await client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: server.id }))
    // RDS has no "stopped" waiter: poll until it is, within the same limit.
    const deadline = performance.now() + wait.maxWaitSeconds * 1000
    for (let seen = await status(); seen !== 'stopped'; seen = await status()) {
      if (performance.now() > deadline) throw new Error(`still ${seen} after ${wait.maxWaitSeconds} s`)
      await new Promise((resolve) => setTimeout(resolve, wait.pollSeconds * 1000))
    }
  } catch (error) {
    throw new ServerActionError(server.id, `${label}: ${action} failed: ${reason(error)}`)
  }
}

/** An RDS DB instance's or Aurora cluster's status as RDS reports it now (available, starting, stopped…). */
async function databaseStatus(aws: AwsClients, region: string, server: ServerRef): Promise<string | undefined> {
  const client = aws.rds(region)
  return server.kind === 'aurora'
    ? (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: server.id }))).DBClusters?.[0]?.Status
    : (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: server.id }))).DBInstances?.[0]
        ?.DBInstanceStatus
}

/**
 * The DB instances and clusters among `servers` that are `available` now: during a stop period, those RDS started
 * again on its own (it starts a DB that has been stopped for 7 days). A failed describe names the server.
 */
export async function availableDatabases(
  aws: AwsClients,
  region: string,
  servers: readonly ServerRef[],
): Promise<ServerRef[]> {
  const databases = servers.filter((server) => server.kind !== 'ec2')
  const states = await Promise.all(
    databases.map((server) =>
      databaseStatus(aws, region, server).catch((error: unknown) => {
        throw new ServerActionError(server.id, `${server.id}: describe failed: ${reason(error)}`)
      }),
    ),
  )
  return databases.filter((_, index) => states[index] === 'available')
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // A waiter's error carries its last state in JSON; say it plainly.
  if (error.name === 'TimeoutError') return 'it did not get there before the wait ran out'
  return `${error.name}: ${error.message}`
}
