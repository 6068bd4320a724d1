// The fake EC2 and RDS speak the wire protocols the installed SDK clients parse: the real clients and waiters,
// configured only through AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL_RDS, read its inventory page by page and see
// starts and stops move through AWS's states.
import {
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  EC2Client,
  StartInstancesCommand,
  StopInstancesCommand,
  paginateDescribeInstances,
  waitUntilInstanceRunning,
  waitUntilInstanceStatusOk,
  waitUntilInstanceStopped,
} from '@aws-sdk/client-ec2'
import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  RDSClient,
  StartDBClusterCommand,
  StartDBInstanceCommand,
  StopDBClusterCommand,
  StopDBInstanceCommand,
  paginateDescribeDBInstances,
  waitUntilDBClusterAvailable,
  waitUntilDBInstanceAvailable,
} from '@aws-sdk/client-rds'
import { afterEach, describe, expect, test } from 'vitest'
import { FakeAccount } from '../support/fake-aws/fake-account'
import { type FakeAws, startFakeAws } from '../support/fake-aws/start-fake-aws'
import { TEST_DEVELOPMENT, TEST_SCENARIO } from '../support/fake-aws/test-scenario'
import { TEST_SERVERS, manyInstances } from '../support/fake-aws/test-servers'
import type { FakeServerSpec } from '../support/fake-aws/fake-servers'

const SEOUL = 'ap-northeast-2'
const account = FakeAccount.fromScenario({ ...TEST_SCENARIO, months: 1, hourlyDays: 1 }, '2026-12-07')
// The waiters' shortest delay is one second; the fake's transitions take less.
const waiter = <C extends EC2Client | RDSClient>(client: C) => ({ client, maxWaitTime: 20, minDelay: 1, maxDelay: 1 })

let fake: FakeAws | undefined
const clients: { destroy(): void }[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await fake?.close()
  fake = undefined
})

async function start(
  servers: FakeServerSpec[],
  options: { pageSize?: number; startRefused?: string[]; serverClock?: () => number } = {},
) {
  fake = await startFakeAws({
    account,
    callerAccountId: TEST_DEVELOPMENT,
    servers,
    serverClock: options.serverClock,
    pageSizes: options.pageSize ? { servers: options.pageSize } : undefined,
    faults: { startRefused: options.startRefused },
  })
  Object.assign(process.env, fake.env)
  const ec2 = new EC2Client({ region: SEOUL, maxAttempts: 1 })
  const rds = new RDSClient({ region: SEOUL, maxAttempts: 1 })
  clients.push(ec2, rds)
  return { ec2, rds, fake }
}

describe('fake EC2', () => {
  test('DescribeInstances pages with NextToken and answers in the shape the SDK parses', async () => {
    const { ec2 } = await start([...TEST_SERVERS, ...manyInstances(8)], { pageSize: 5 })
    const pages = []
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, {})) pages.push(page)
    // 4 development instances + 8 of the fleet in Seoul; the production instance is in another account.
    expect(pages.map((page) => page.Reservations?.length)).toEqual([5, 5, 2])
    const instances = pages.flatMap((page) => page.Reservations!.flatMap((reservation) => reservation.Instances!))
    expect(new Set(instances.map((instance) => instance.InstanceId)).size).toBe(12)
    const api = instances.find((instance) => instance.InstanceId === 'i-0a1d0000000000002')!
    expect(api).toMatchObject({
      InstanceType: 't4g.small',
      State: { Code: 80, Name: 'stopped' },
      Placement: { AvailabilityZone: 'ap-northeast-2a' },
    })
    expect(api.LaunchTime).toEqual(new Date('2026-11-30T00:31:00.000Z'))
    expect(api.Tags).toEqual([
      { Key: 'Schedule', Value: 'Development' },
      { Key: 'Role', Value: 'api' },
      { Key: 'Name', Value: 'dev-api-1' },
    ])
  })

  test('filters by tag and state; an unknown instance id is InvalidInstanceID.NotFound', async () => {
    const { ec2 } = await start(TEST_SERVERS)
    const tagged = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'tag:Role', Values: ['api', 'batch'] },
          { Name: 'instance-state-name', Values: ['stopped'] },
        ],
      }),
    )
    expect(tagged.Reservations!.flatMap((r) => r.Instances!.map((i) => i.InstanceId))).toEqual([
      'i-0a1d0000000000002',
      'i-0a1d0000000000003',
      'i-0a1d0000000000004',
    ])
    await expect(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0000000000000dead'] })),
    ).rejects.toMatchObject({ name: 'InvalidInstanceID.NotFound' })
  })

  test('a start goes pending → running with status checks initializing → ok; a stop goes stopping → stopped', async () => {
    const { ec2, fake } = await start(TEST_SERVERS)
    const InstanceIds = ['i-0a1d0000000000002', 'i-0a1d0000000000003']
    const started = await ec2.send(new StartInstancesCommand({ InstanceIds }))
    expect(started.StartingInstances).toEqual(
      InstanceIds.map((InstanceId) => ({
        InstanceId,
        CurrentState: { Code: 0, Name: 'pending' },
        PreviousState: { Code: 80, Name: 'stopped' },
      })),
    )
    await waitUntilInstanceRunning(waiter(ec2), { InstanceIds })
    const initializing = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds }))
    expect(initializing.InstanceStatuses!.map((status) => status.InstanceState?.Name)).toEqual(['running', 'running'])
    await waitUntilInstanceStatusOk(waiter(ec2), { InstanceIds })
    const ok = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds }))
    expect(ok.InstanceStatuses!.map((status) => [status.InstanceStatus?.Status, status.SystemStatus?.Status])).toEqual([
      ['ok', 'ok'],
      ['ok', 'ok'],
    ])

    const stopped = await ec2.send(new StopInstancesCommand({ InstanceIds }))
    expect(stopped.StoppingInstances!.map((change) => change.CurrentState?.Name)).toEqual(['stopping', 'stopping'])
    await waitUntilInstanceStopped(waiter(ec2), { InstanceIds })
    expect(InstanceIds.map((id) => fake.servers.stateOf(id))).toEqual(['stopped', 'stopped'])
    expect(fake.servers.actions.map(({ action, id }) => `${action} ${id}`)).toEqual([
      ...InstanceIds.map((id) => `start ${id}`),
      ...InstanceIds.map((id) => `stop ${id}`),
    ])
  })

  test('a start AWS refuses is InsufficientInstanceCapacity and changes nothing', async () => {
    const { ec2, fake } = await start(TEST_SERVERS, { startRefused: ['i-0a1d0000000000004'] })
    await expect(ec2.send(new StartInstancesCommand({ InstanceIds: ['i-0a1d0000000000004'] }))).rejects.toMatchObject({
      name: 'InsufficientInstanceCapacity',
    })
    expect(fake.servers.stateOf('i-0a1d0000000000004')).toBe('stopped')
  })
})

describe('fake RDS', () => {
  test('DescribeDBInstances pages with Marker and names read replicas and Aurora members', async () => {
    const { rds } = await start(TEST_SERVERS, { pageSize: 2 })
    const pages = []
    for await (const page of paginateDescribeDBInstances({ client: rds, pageSize: 20 }, {})) pages.push(page)
    expect(pages.map((page) => page.DBInstances?.length)).toEqual([2, 2])
    const byId = new Map(pages.flatMap((page) => page.DBInstances!).map((db) => [db.DBInstanceIdentifier, db]))
    expect(byId.get('dev-db')).toMatchObject({
      DBInstanceClass: 'db.t4g.medium',
      Engine: 'postgres',
      DBInstanceStatus: 'stopped',
      ReadReplicaDBInstanceIdentifiers: ['dev-db-replica'],
    })
    expect(byId.get('dev-db')!.InstanceCreateTime).toEqual(new Date('2026-03-02T01:00:00.000Z'))
    expect(byId.get('dev-db')!.TagList).toContainEqual({ Key: 'Schedule', Value: 'Development' })
    expect(byId.get('dev-db-replica')).toMatchObject({
      ReadReplicaSourceDBInstanceIdentifier: 'dev-db',
      DBInstanceStatus: 'available',
    })
    expect(byId.get('dev-aurora-1')).toMatchObject({
      DBClusterIdentifier: 'dev-aurora',
      DBInstanceClass: 'db.r6g.large',
    })
    const clusters = await rds.send(new DescribeDBClustersCommand({}))
    expect(clusters.DBClusters).toHaveLength(1)
    expect(clusters.DBClusters![0]).toMatchObject({
      DBClusterIdentifier: 'dev-aurora',
      Status: 'stopped',
      Engine: 'aurora-postgresql',
    })
    expect(clusters.DBClusters![0]!.DBClusterMembers).toEqual([
      { DBInstanceIdentifier: 'dev-aurora-1', IsClusterWriter: true },
      { DBInstanceIdentifier: 'dev-aurora-2', IsClusterWriter: false },
    ])
  })

  test('a DB instance starts to available; a read replica, its source or an Aurora member cannot be stopped', async () => {
    const { rds, fake } = await start(TEST_SERVERS)
    const started = await rds.send(new StartDBInstanceCommand({ DBInstanceIdentifier: 'dev-db' }))
    expect(started.DBInstance?.DBInstanceStatus).toBe('starting')
    await waitUntilDBInstanceAvailable(waiter(rds), { DBInstanceIdentifier: 'dev-db' })
    await expect(rds.send(new StopDBInstanceCommand({ DBInstanceIdentifier: 'dev-db-replica' }))).rejects.toMatchObject(
      { name: 'InvalidDBInstanceStateFault' },
    )
    await expect(rds.send(new StopDBInstanceCommand({ DBInstanceIdentifier: 'dev-db' }))).rejects.toMatchObject({
      name: 'InvalidDBInstanceStateFault',
    })
    await expect(rds.send(new StopDBInstanceCommand({ DBInstanceIdentifier: 'dev-aurora-1' }))).rejects.toMatchObject({
      name: 'InvalidDBInstanceStateFault',
    })
    await expect(rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'nope' }))).rejects.toMatchObject({
      name: 'DBInstanceNotFoundFault',
    })
    expect(fake.servers.stateOf('dev-db')).toBe('available')
  })

  test('an Aurora cluster starts and stops with its members (stopped is read with DescribeDBClusters: RDS has no waiter for it); RDS restarting a stopped DB is seen', async () => {
    // The fake's time moves only when the test moves it, so each state that lasts until a transition ends is seen
    // however slow the machine (with real time, a 300 ms pause between two calls skipped it).
    let now = 0
    const { rds, fake } = await start(TEST_SERVERS, { serverClock: () => now })
    const transition = fake.servers.timings.transitionMs
    const clusterStatus = async () =>
      (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'dev-aurora' }))).DBClusters![0]!.Status
    const started = await rds.send(new StartDBClusterCommand({ DBClusterIdentifier: 'dev-aurora' }))
    expect(started.DBCluster?.Status).toBe('starting')
    const members = await rds.send(
      new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: ['dev-aurora'] }] }),
    )
    expect(members.DBInstances!.map((db) => db.DBInstanceStatus)).toEqual(['starting', 'starting'])
    now += transition - 1
    expect(await clusterStatus()).toBe('starting')
    now += 1
    await waitUntilDBClusterAvailable(waiter(rds), { DBClusterIdentifier: 'dev-aurora' })
    const stopping = await rds.send(new StopDBClusterCommand({ DBClusterIdentifier: 'dev-aurora' }))
    expect(stopping.DBCluster?.Status).toBe('stopping')
    expect(await clusterStatus()).toBe('stopping')
    now += transition
    expect(await clusterStatus()).toBe('stopped')
    fake.servers.awsRestart('dev-db')
    const restarted = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'dev-db' }))
    expect(restarted.DBInstances![0]!.DBInstanceStatus).toBe('starting')
    now += transition
    await waitUntilDBInstanceAvailable(waiter(rds), { DBInstanceIdentifier: 'dev-db' })
  })

  test('each account sees its own servers', async () => {
    const { rds, ec2 } = await start(TEST_SERVERS)
    expect((await rds.send(new DescribeDBInstancesCommand({}))).DBInstances).toHaveLength(4)
    const production = new EC2Client({ region: 'us-east-1', maxAttempts: 1 })
    clients.push(production)
    // The caller is the development account: the production instance is not its own.
    expect((await production.send(new DescribeInstancesCommand({}))).Reservations).toEqual([])
    expect((await ec2.send(new DescribeInstancesCommand({}))).Reservations).toHaveLength(4)
  })
})
