// The `instances` source against the fake EC2 and RDS: the inventory of every linked account (through the member
// role, like Lambda), read page by page, with read replicas and Aurora members listed but not schedulable, and
// GET /api/servers answering the contract's fields with each server's hourly price.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { serversResponse } from '../../lib/schemas/servers'
import { TEST_DEVELOPMENT, TEST_PRODUCTION } from '../support/fake-aws/test-scenario'
import { TEST_SERVERS, manyInstances } from '../support/fake-aws/test-servers'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { signedInHeaders } from './helpers/signed-in'

type Handler = (request: Request, context: unknown) => Promise<Response>
let getServers: Handler

const open: Harness[] = []
async function harness(options: Parameters<typeof startHarness>[0]): Promise<Harness> {
  const h = await startHarness(options)
  open.push(h)
  return h
}

beforeAll(async () => {
  getServers = ((await import('../../app/api/servers/route')) as unknown as { GET: Handler }).GET
})

afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()))
})

/** The last day of the fake's cost data: its accounts are the linked accounts the run reads. */
const lastDay = (h: Harness) => ({ from: h.fake.account.dataset.lastDay, to: h.fake.account.dataset.lastDay })

const settings = { memberRoleName: 'FinOpsReadOnly', regions: ['ap-northeast-2', 'us-east-1'] }

async function servers(query = '') {
  // A viewer's token in the route's own database (DATABASE_URL, set by the test to its harness's).
  const { db } = await import('../../lib/server/db/prisma')
  const response = await getServers(
    new Request(`http://localhost/api/servers${query}`, { headers: await signedInHeaders(db(), 'viewer') }),
    undefined,
  )
  expect(response.status).toBe(200)
  return serversResponse.parse(await response.json()).servers
}

describe('the instances source', () => {
  it('lists every server of every linked account, page by page, and says which cannot be scheduled and why', async () => {
    const h = await harness({ servers: [...TEST_SERVERS, ...manyInstances(7)], pageSizes: { servers: 3 }, settings })
    // The route's database (the app keeps one client per process: only this test asks it).
    process.env.DATABASE_URL = h.database.url
    const outcome = await h.ingest({ window: lastDay(h), sources: ['costs', 'instances'] })
    expect(outcome.error).toBeNull()
    expect(outcome.warnings).toEqual([])
    expect(outcome.progress?.servers).toMatchObject({
      regions: ['ap-northeast-2', 'us-east-1'],
      servers: TEST_SERVERS.length + 7,
      deleted: 0,
    })

    const listed = await servers()
    expect(listed).toHaveLength(TEST_SERVERS.length + 7)
    const byId = new Map(listed.map((server) => [server.id, server]))
    expect(byId.get('i-0a1d0000000000002')).toMatchObject({
      kind: 'ec2',
      accountId: TEST_DEVELOPMENT,
      region: 'ap-northeast-2',
      type: 't4g.small',
      state: 'stopped',
      tags: { Schedule: 'Development', Role: 'api', Name: 'dev-api-1' },
      launchedAt: '2026-11-30T00:31:00.000Z',
      schedulable: true,
      reason: null,
      // The card's Seoul t4g.small (aws-facts §5).
      hourlyUsd: '0.0208',
      price: { status: 'secondary' },
    })
    expect(byId.get('i-0b2e0000000000001')).toMatchObject({
      accountId: TEST_PRODUCTION,
      region: 'us-east-1',
      type: 'm6g.large',
      state: 'running',
      hourlyUsd: '0.077',
    })
    expect(byId.get('dev-db')).toMatchObject({
      kind: 'rds',
      engine: 'postgres',
      state: 'stopped',
      schedulable: false,
      reason: expect.stringMatching(/has read replicas \(dev-db-replica\)/),
    })
    expect(byId.get('dev-db-replica')).toMatchObject({
      kind: 'rds',
      replicaOf: 'dev-db',
      schedulable: false,
      reason: 'A read replica of dev-db: RDS cannot stop a read replica.',
    })
    expect(byId.get('dev-aurora-1')).toMatchObject({
      kind: 'rds',
      clusterId: 'dev-aurora',
      schedulable: false,
      reason: expect.stringMatching(/schedule the cluster dev-aurora/),
    })
    expect(byId.get('dev-aurora')).toMatchObject({
      kind: 'aurora',
      type: 'db.r6g.large × 2',
      engine: 'aurora-postgresql',
      state: 'stopped',
      schedulable: true,
    })
    // No RDS or Aurora rate in the card yet: said, never $0.
    expect(byId.get('dev-aurora')).toMatchObject({
      hourlyUsd: null,
      price: null,
      priceMissing: expect.stringMatching(/No rate for RDS aurora-postgresql aurora-standard db.r6g.large/),
    })

    expect((await servers('?kind=aurora')).map((server) => server.id)).toEqual(['dev-aurora'])
    expect((await servers(`?accountId=${TEST_PRODUCTION}`)).map((server) => server.id)).toEqual(['i-0b2e0000000000001'])
  })

  it('marks servers AWS no longer lists as gone, and reads a state change on the next run', async () => {
    const h = await harness({ servers: TEST_SERVERS, settings })
    expect((await h.ingest({ window: lastDay(h), sources: ['costs', 'instances'] })).error).toBeNull()
    const stopped = h.fake.servers.stopInstance(TEST_PRODUCTION, 'us-east-1', 'i-0b2e0000000000001')
    expect(stopped.current).toBe('stopping')
    h.fake.servers.remove('i-0a1d0000000000004')
    const second = await h.ingest({ window: lastDay(h), sources: ['costs', 'instances'] })
    expect(second.progress?.servers).toMatchObject({ deleted: 1 })
    const stored = new Map((await h.database.db.server.findMany()).map((server) => [server.resourceId, server]))
    expect(stored.get('i-0a1d0000000000004')?.deletedAt).not.toBeNull()
    // Stopping takes the fake 300 ms: the run saw it stopping or already stopped, no longer running.
    expect(stored.get('i-0b2e0000000000001')).toMatchObject({
      state: expect.stringMatching(/^stopp(ing|ed)$/),
      deletedAt: null,
    })
  })

  it('is part of a run without sources, and a missing EC2 permission fails the run naming the action', async () => {
    const h = await harness({ servers: TEST_SERVERS, settings, faults: { denied: ['ec2'] } })
    const run = await h.ingest({ window: { from: h.today, to: h.today } })
    const stored = await h.database.db.ingestionRun.findUniqueOrThrow({ where: { id: run.id } })
    expect(stored.sources).toEqual(['costs', 'lambda', 'metrics', 'instances'])
    expect(run.status).toBe('failed')
    expect(run.error).toMatch(/^Missing IAM permission ec2:DescribeInstances/)
  })
})
