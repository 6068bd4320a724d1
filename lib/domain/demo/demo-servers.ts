// The demo's servers and its schedule (story 5 of the field reports): the development account's database, API
// and batch servers carry Schedule=Development and a Tier tag, and sleep outside weekdays 09:30-22:00 in Seoul,
// the database started first and stopped last; production's servers run around the clock, among them a DB
// instance with a read replica and an Aurora cluster's member, which no schedule may start or stop. Their types
// match the demo's Cost Explorer lines (demo-scenario.ts), so the Servers page can attribute costs.
import { addDaysTo, type IsoDay } from '../calendar'
import type { ObservedServer } from '../servers/observed-server'
import type { ScheduleDefinition } from '../schedules/schedule-definition'
import { DEMO_DEVELOPMENT_ACCOUNT, DEMO_PRODUCTION_ACCOUNT } from './demo-scenario'

const SEOUL = 'ap-northeast-2'

type DemoServer = Omit<ObservedServer, 'launchedAt' | 'replicas'> & { replicas?: string[] }

const dev = (
  server: Omit<DemoServer, 'accountId' | 'region' | 'replicaOf' | 'clusterId'> & Partial<DemoServer>,
): DemoServer => ({
  accountId: DEMO_DEVELOPMENT_ACCOUNT,
  region: SEOUL,
  replicaOf: null,
  clusterId: null,
  ...server,
  tags: { Schedule: 'Development', Environment: 'development', ...server.tags },
})
const prod = (server: Omit<DemoServer, 'accountId' | 'replicaOf' | 'clusterId'> & Partial<DemoServer>): DemoServer => ({
  accountId: DEMO_PRODUCTION_ACCOUNT,
  replicaOf: null,
  clusterId: null,
  ...server,
  tags: { Environment: 'production', ...server.tags },
})

const SERVERS: DemoServer[] = [
  dev({
    kind: 'rds',
    id: 'dev-postgres',
    type: 'db.t4g.medium',
    engine: 'postgres',
    state: 'available',
    tags: { Tier: 'db' },
  }),
  dev({
    kind: 'ec2',
    id: 'i-0de50000000000a01',
    type: 't4g.small',
    engine: null,
    state: 'running',
    tags: { Name: 'dev-api-1', Tier: 'api' },
  }),
  dev({
    kind: 'ec2',
    id: 'i-0de50000000000a02',
    type: 't4g.small',
    engine: null,
    state: 'running',
    tags: { Name: 'dev-api-2', Tier: 'api' },
  }),
  dev({
    kind: 'ec2',
    id: 'i-0de50000000000b01',
    type: 't4g.small',
    engine: null,
    state: 'running',
    tags: { Name: 'dev-batch', Tier: 'batch' },
  }),
  ...[1, 2, 3].map((n) =>
    prod({
      kind: 'ec2',
      id: `i-0a7e0000000000c0${n}`,
      region: SEOUL,
      type: 'm6g.large',
      engine: null,
      state: 'running',
      tags: { Name: `prod-web-${n}` },
    }),
  ),
  ...[1, 2].map((n) =>
    prod({
      kind: 'ec2',
      id: `i-0a7e0000000000d0${n}`,
      region: SEOUL,
      type: 't4g.medium',
      engine: null,
      state: 'running',
      tags: { Name: `prod-worker-${n}` },
    }),
  ),
  prod({
    kind: 'ec2',
    id: 'i-0a7e0000000000e01',
    region: 'us-east-1',
    type: 't4g.small',
    engine: null,
    state: 'running',
    tags: { Name: 'prod-edge' },
  }),
  prod({
    kind: 'rds',
    id: 'prod-postgres',
    region: SEOUL,
    type: 'db.r6g.large',
    engine: 'postgres',
    state: 'available',
    tags: {},
    replicas: ['prod-postgres-replica'],
  }),
  prod({
    kind: 'rds',
    id: 'prod-postgres-replica',
    region: SEOUL,
    type: 'db.t4g.medium',
    engine: 'postgres',
    state: 'available',
    tags: {},
    replicaOf: 'prod-postgres',
  }),
  prod({
    kind: 'aurora',
    id: 'prod-analytics',
    region: SEOUL,
    type: 'db.t4g.medium',
    engine: 'aurora-postgresql',
    state: 'available',
    tags: {},
  }),
  prod({
    kind: 'rds',
    id: 'prod-analytics-1',
    region: SEOUL,
    type: 'db.t4g.medium',
    engine: 'aurora-postgresql',
    state: 'available',
    tags: {},
    clusterId: 'prod-analytics',
  }),
]

/** The demo's servers as the inventory would observe them, launched 400 days before `today`. */
export function demoServers(today: IsoDay): ObservedServer[] {
  const launchedAt = new Date(`${addDaysTo(today, -400)}T01:00:00Z`)
  return SERVERS.map((server) => ({ ...server, replicas: server.replicas ?? [], launchedAt }))
}

/** The field report's schedule; working late until 23:30 on the next 22 December (the report's example). */
export function demoSchedule(today: IsoDay): ScheduleDefinition {
  const year = Number(today.slice(0, 4))
  const lateNight = `${today.slice(5) <= '12-22' ? year : year + 1}-12-22`
  return {
    name: 'Development (demo)',
    timeZone: 'Asia/Seoul',
    periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', stop: '22:00' }],
    holidays: 'KR',
    exceptions: [{ date: lateNight, kind: 'times', stop: '23:30' }],
    groups: [
      { name: 'db', select: { tag: { key: 'Tier', value: 'db' } } },
      { name: 'api', select: { tag: { key: 'Tier', value: 'api' } }, dependsOn: ['db'] },
      { name: 'batch', select: { tag: { key: 'Tier', value: 'batch' } }, dependsOn: ['api'] },
    ],
    warnMinutes: 10,
  }
}
