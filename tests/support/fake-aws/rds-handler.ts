// RDS over its query protocol (form-encoded POST, XML answers in the 2014-10-31 namespace, each list member named
// by its shape: <DBInstance>, <Tag>): DescribeDBInstances and DescribeDBClusters (MaxRecords/Marker paging, one
// identifier, filters db-instance-id, db-cluster-id, engine), Start/StopDBInstance and Start/StopDBCluster, with
// RDS's refusals (read replicas and their sources cannot stop; an Aurora member is started through its cluster).
import { AwsFault } from './faults'
import type { DbState, FakeClusterSpec, FakeDbSpec, FakeServers, Tags } from './fake-servers'
import { type QueryFilter, type Xml, escapeXml, list, offsetOf, pageToken, rdsFilters, text } from './query-xml'

const NS = 'http://rds.amazonaws.com/doc/2014-10-31/'

type Context = { accountId: string; region: string }

export function handleRds(servers: FakeServers, context: Context, body: string, pageSize: number): string {
  const form = new URLSearchParams(body)
  const action = form.get('Action') ?? ''
  const { accountId, region } = context
  switch (action) {
    case 'DescribeDBInstances':
      return describeDbInstances(servers, context, form, pageSize)
    case 'DescribeDBClusters':
      return describeDbClusters(servers, context, form, pageSize)
    case 'StartDBInstance':
    case 'StopDBInstance': {
      const id = required(form, 'DBInstanceIdentifier')
      const spec =
        action === 'StartDBInstance'
          ? servers.startDbInstance(accountId, region, id)
          : servers.stopDbInstance(accountId, region, id)
      return respond(action, `<DBInstance>${dbInstanceXml(servers, spec, servers.stateOf(id) as DbState)}</DBInstance>`)
    }
    case 'StartDBCluster':
    case 'StopDBCluster': {
      const id = required(form, 'DBClusterIdentifier')
      const spec =
        action === 'StartDBCluster'
          ? servers.startCluster(accountId, region, id)
          : servers.stopCluster(accountId, region, id)
      const cluster = servers.clustersIn(accountId, region).find((entry) => entry.spec.id === spec.id)!
      return respond(action, `<DBCluster>${clusterXml(cluster.spec, cluster.state, cluster.members)}</DBCluster>`)
    }
    default:
      throw new AwsFault(400, 'InvalidAction', `Could not find operation ${action} for version 2014-10-31`)
  }
}

export function rdsErrorXml(fault: AwsFault): string {
  return `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${escapeXml(fault.code)}</Code><Message>${escapeXml(fault.message)}</Message></Error><RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`
}

function respond(action: string, result: Xml): string {
  return `<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata>${text('RequestId', crypto.randomUUID())}</ResponseMetadata></${action}Response>`
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name)
  if (!value) throw new AwsFault(400, 'MissingParameter', `The request must contain the parameter ${name}`)
  return value
}

/** One page of a list, RDS style: MaxRecords 20..100 (default 100), Marker. */
function paged<T>(items: T[], form: URLSearchParams, pageSize: number): { page: T[]; marker: string | null } {
  const maxRecords = form.get('MaxRecords')
  if (maxRecords !== null && !(Number(maxRecords) >= 20 && Number(maxRecords) <= 100)) {
    throw new AwsFault(
      400,
      'InvalidParameterValue',
      `Invalid value ${maxRecords} for MaxRecords. Must be between 20 and 100`,
    )
  }
  const offset = offsetOf(form.get('Marker'))
  if (offset === null) throw new AwsFault(400, 'InvalidParameterValue', 'Invalid Marker')
  const size = Math.min(Number(maxRecords ?? 100), pageSize)
  return {
    page: items.slice(offset, offset + size),
    marker: offset + size < items.length ? pageToken(offset + size) : null,
  }
}

function describeDbInstances(servers: FakeServers, context: Context, form: URLSearchParams, pageSize: number): string {
  const id = form.get('DBInstanceIdentifier')
  const filters = rdsFilters(form)
  const all = servers.dbInstancesIn(context.accountId, context.region)
  if (id && !all.some((db) => db.spec.id === id))
    throw new AwsFault(404, 'DBInstanceNotFound', `DBInstance ${id} not found.`)
  const matching = all.filter(
    (db) => (!id || db.spec.id === id) && filters.every((filter) => dbMatches(filter, db.spec)),
  )
  const { page, marker } = paged(matching, form, pageSize)
  return respond(
    'DescribeDBInstances',
    text('Marker', marker) +
      list(
        'DBInstances',
        'DBInstance',
        page.map((db) => dbInstanceXml(servers, db.spec, db.state)),
      ),
  )
}

function dbMatches(filter: QueryFilter, spec: FakeDbSpec): boolean {
  if (filter.name === 'db-instance-id')
    return filter.values.includes(spec.id) || filter.values.includes(arnOf(spec, 'db'))
  if (filter.name === 'db-cluster-id') return spec.clusterId !== undefined && filter.values.includes(spec.clusterId)
  if (filter.name === 'engine') return filter.values.includes(spec.engine)
  throw new AwsFault(400, 'InvalidParameterValue', `Unrecognized filter name: ${filter.name}`)
}

function dbInstanceXml(servers: FakeServers, spec: FakeDbSpec, state: DbState): Xml {
  const replicas = servers
    .dbInstancesIn(spec.accountId, spec.region)
    .filter((db) => db.spec.replicaOf === spec.id)
    .map((db) => escapeXml(db.spec.id))
  return [
    text('DBInstanceIdentifier', spec.id),
    text('DBInstanceClass', spec.type),
    text('Engine', spec.engine),
    text('DBInstanceStatus', state),
    text('InstanceCreateTime', spec.createdAt),
    text('AvailabilityZone', `${spec.region}a`),
    text('MultiAZ', false),
    text('StorageType', spec.clusterId ? 'aurora' : 'gp3'),
    text('AllocatedStorage', spec.clusterId ? 1 : 100),
    text('DBClusterIdentifier', spec.clusterId),
    text('ReadReplicaSourceDBInstanceIdentifier', spec.replicaOf),
    list('ReadReplicaDBInstanceIdentifiers', 'ReadReplicaDBInstanceIdentifier', replicas),
    text('DBInstanceArn', arnOf(spec, 'db')),
    tagList(spec.tags),
  ].join('')
}

function describeDbClusters(servers: FakeServers, context: Context, form: URLSearchParams, pageSize: number): string {
  const id = form.get('DBClusterIdentifier')
  const filters = rdsFilters(form)
  const all = servers.clustersIn(context.accountId, context.region)
  if (id && !all.some((cluster) => cluster.spec.id === id))
    throw new AwsFault(404, 'DBClusterNotFoundFault', `DBCluster ${id} not found.`)
  const matching = all.filter(
    (cluster) => (!id || cluster.spec.id === id) && filters.every((filter) => clusterMatches(filter, cluster.spec)),
  )
  const { page, marker } = paged(matching, form, pageSize)
  return respond(
    'DescribeDBClusters',
    text('Marker', marker) +
      list(
        'DBClusters',
        'DBCluster',
        page.map((cluster) => clusterXml(cluster.spec, cluster.state, cluster.members)),
      ),
  )
}

function clusterMatches(filter: QueryFilter, spec: FakeClusterSpec): boolean {
  if (filter.name === 'db-cluster-id')
    return filter.values.includes(spec.id) || filter.values.includes(arnOf(spec, 'cluster'))
  if (filter.name === 'engine') return filter.values.includes(spec.engine)
  throw new AwsFault(400, 'InvalidParameterValue', `Unrecognized filter name: ${filter.name}`)
}

function clusterXml(spec: FakeClusterSpec, state: DbState, members: FakeDbSpec[]): Xml {
  return [
    text('DBClusterIdentifier', spec.id),
    text('Status', state),
    text('Engine', spec.engine),
    text('EngineMode', 'provisioned'),
    text('ClusterCreateTime', spec.createdAt),
    text('MultiAZ', members.length > 1),
    list(
      'DBClusterMembers',
      'DBClusterMember',
      members.map((member, index) => text('DBInstanceIdentifier', member.id) + text('IsClusterWriter', index === 0)),
    ),
    text('DBClusterArn', arnOf(spec, 'cluster')),
    tagList(spec.tags),
  ].join('')
}

function tagList(tags: Tags | undefined): Xml {
  return list(
    'TagList',
    'Tag',
    Object.entries(tags ?? {}).map(([key, value]) => text('Key', key) + text('Value', value)),
  )
}

function arnOf(spec: { id: string; accountId: string; region: string }, kind: 'db' | 'cluster'): string {
  return `arn:aws:rds:${spec.region}:${spec.accountId}:${kind}:${spec.id}`
}
