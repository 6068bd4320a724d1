// The servers of the field report (mission story 5) for the inventory and schedule tests: a development
// environment in Seoul tagged Schedule=Development (a PostgreSQL database with a read replica, an Aurora cluster,
// middleware, two API instances and a batch instance), and a production instance in us-east-1 that no schedule
// touches.
import type { FakeServerSpec } from './fake-servers'
import { TEST_DEVELOPMENT, TEST_PRODUCTION } from './test-scenario'

const SEOUL = 'ap-northeast-2'
const development = (role: string, name: string) => ({ Schedule: 'Development', Role: role, Name: name })

export const TEST_SERVERS: FakeServerSpec[] = [
  {
    kind: 'rds',
    id: 'dev-db',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 'db.t4g.medium',
    engine: 'postgres',
    state: 'stopped',
    tags: development('db', 'dev-db'),
    createdAt: '2026-03-02T01:00:00.000Z',
  },
  {
    kind: 'rds',
    id: 'dev-db-replica',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 'db.t4g.medium',
    engine: 'postgres',
    state: 'available',
    tags: development('db', 'dev-db-replica'),
    createdAt: '2026-03-03T01:00:00.000Z',
    replicaOf: 'dev-db',
  },
  {
    kind: 'aurora',
    id: 'dev-aurora',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    engine: 'aurora-postgresql',
    state: 'stopped',
    tags: development('db', 'dev-aurora'),
    createdAt: '2026-04-01T01:00:00.000Z',
  },
  {
    kind: 'rds',
    id: 'dev-aurora-1',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 'db.r6g.large',
    engine: 'aurora-postgresql',
    state: 'stopped',
    tags: {},
    createdAt: '2026-04-01T01:10:00.000Z',
    clusterId: 'dev-aurora',
  },
  {
    kind: 'rds',
    id: 'dev-aurora-2',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 'db.r6g.large',
    engine: 'aurora-postgresql',
    state: 'stopped',
    tags: {},
    createdAt: '2026-04-01T01:20:00.000Z',
    clusterId: 'dev-aurora',
  },
  {
    kind: 'ec2',
    id: 'i-0a1d0000000000001',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 't3.small',
    state: 'stopped',
    tags: development('middleware', 'dev-mq'),
    launchTime: '2026-11-30T00:30:00.000Z',
  },
  {
    kind: 'ec2',
    id: 'i-0a1d0000000000002',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 't4g.small',
    state: 'stopped',
    tags: development('api', 'dev-api-1'),
    launchTime: '2026-11-30T00:31:00.000Z',
  },
  {
    kind: 'ec2',
    id: 'i-0a1d0000000000003',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 't4g.small',
    state: 'stopped',
    tags: development('api', 'dev-api-2'),
    launchTime: '2026-11-30T00:31:00.000Z',
  },
  {
    kind: 'ec2',
    id: 'i-0a1d0000000000004',
    accountId: TEST_DEVELOPMENT,
    region: SEOUL,
    type: 't4g.medium',
    state: 'stopped',
    tags: development('batch', 'dev-batch'),
    launchTime: '2026-11-30T00:32:00.000Z',
  },
  {
    kind: 'ec2',
    id: 'i-0b2e0000000000001',
    accountId: TEST_PRODUCTION,
    region: 'us-east-1',
    type: 'm6g.large',
    state: 'running',
    tags: { Environment: 'production', Name: 'prod-api' },
    launchTime: '2026-01-05T09:00:00.000Z',
  },
]

/** `count` running EC2 instances in one account and region, for paging. */
export function manyInstances(count: number, accountId = TEST_DEVELOPMENT, region = SEOUL): FakeServerSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'ec2' as const,
    id: `i-0c${String(index).padStart(15, '0')}`,
    accountId,
    region,
    type: 't4g.nano',
    state: 'running' as const,
    tags: { Name: `fleet-${index}` },
    launchTime: '2026-10-01T00:00:00.000Z',
  }))
}
