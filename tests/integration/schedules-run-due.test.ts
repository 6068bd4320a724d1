// `run-due` against the fake EC2 and RDS: a dry-run schedule changes nothing; an executing one starts the Aurora
// cluster, waits for it to be available, then the API group's instances (running, status checks OK), then batch,
// and stops them in reverse; each action runs at most once, even with two runs at the same instant; a start AWS
// refuses stops its chain, keeps what runs running, and names the server and AWS's reason. Schedule alerts reach a
// local webhook through an alert rule: the warning before a stop with its extend link, a start refused after its
// retries, a database RDS restarted and stopped again.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAlertRule } from '../../lib/server/alerts/alert-rules'
import { deliverPendingAlerts } from '../../lib/server/alerts/deliver-pending-alerts'
import { extendLink } from '../../lib/server/schedules/extend-link'
import { createSchedule, setExecution } from '../../lib/server/schedules/schedule-store'
import { type RunDueDeps, runDue } from '../../lib/server/schedules/run-due'
import { TEST_SERVERS } from '../support/fake-aws/test-servers'
import { type Harness, startHarness } from './helpers/ingestion-harness'

let h: Harness
const lines: string[] = []

// Each test starts from the development environment stopped, its inventory ingested, and no schedule.
beforeEach(async () => {
  lines.length = 0
  h = await startHarness({
    servers: TEST_SERVERS,
    settings: { memberRoleName: 'FinOpsReadOnly', regions: ['ap-northeast-2', 'us-east-1'] },
  })
  const day = h.fake.account.dataset.lastDay
  const inventory = await h.ingest({ window: { from: day, to: day }, sources: ['costs', 'instances'] })
  expect(inventory.error).toBeNull()
})

afterEach(async () => {
  await h.close()
})

const deps = (now: string): RunDueDeps => ({
  db: h.database.db,
  aws: h.deps.aws,
  now: new Date(now),
  memberRoleName: 'FinOpsReadOnly',
  wait: { maxWaitSeconds: 30, pollSeconds: 1 },
  startRetry: { attempts: 3, delaySeconds: 0 },
  trigger: 'test',
  log: (line) => lines.push(line),
})

const DEVELOPMENT = {
  name: 'Development',
  timeZone: 'Asia/Seoul',
  periods: [
    {
      days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const],
      start: '09:30',
      stop: '22:00',
    },
  ],
  holidays: 'KR' as const,
  groups: [
    { name: 'batch', select: { tag: { key: 'Role', value: 'batch' } }, dependsOn: ['api'] },
    { name: 'api', select: { tag: { key: 'Role', value: 'api' } }, dependsOn: ['db'] },
    { name: 'db', select: { ids: ['dev-aurora'] } },
  ],
}

const API = ['i-0a1d0000000000002', 'i-0a1d0000000000003']

describe('run-due', () => {
  it('dry-runs until execution is on, then starts in dependency order and stops in reverse, each action once', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    // Monday 2026-12-21, 09:31 in Seoul: the 09:30 start is due.
    const dry = await runDue(deps('2026-12-21T09:31:00+09:00'))
    expect(dry.ok).toBe(true)
    expect(dry.outcomes.map((outcome) => [outcome.action.group, outcome.status])).toEqual([
      ['db', 'dry-run'],
      ['api', 'dry-run'],
      ['batch', 'dry-run'],
    ])
    expect(h.fake.servers.actions).toEqual([])
    expect(await h.database.db.scheduleAction.count()).toBe(0)

    await setExecution(h.database.db, id, true)
    const started = await runDue(deps('2026-12-21T09:31:00+09:00'))
    expect(started.outcomes.map((outcome) => [outcome.action.group, outcome.status, outcome.resourceIds])).toEqual([
      ['db', 'succeeded', ['dev-aurora']],
      ['api', 'succeeded', API],
      ['batch', 'succeeded', ['i-0a1d0000000000004']],
    ])
    expect(started.ok).toBe(true)
    const starts = h.fake.servers.actions
    expect(starts.map((action) => `${action.action} ${action.id}`)).toEqual([
      'start dev-aurora',
      ...API.map((id) => `start ${id}`),
      'start i-0a1d0000000000004',
    ])
    // The API group started only once the cluster had become available (a start takes the fake 300 ms).
    expect(starts[1]!.at - starts[0]!.at).toBeGreaterThanOrEqual(300)
    expect(['dev-aurora', ...API, 'i-0a1d0000000000004'].map((id) => h.fake.servers.stateOf(id))).toEqual([
      'available',
      'running',
      'running',
      'running',
    ])

    // The same instant again: nothing is done twice.
    const again = await runDue(deps('2026-12-21T09:33:00+09:00'))
    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['done-before', 'done-before', 'done-before'])
    expect(h.fake.servers.actions).toHaveLength(4)

    // 22:00: two runs at once, as two workers would; each stop happens once, batch first, the cluster last.
    const [first, second] = await Promise.all([
      runDue(deps('2026-12-21T22:01:00+09:00')),
      runDue(deps('2026-12-21T22:02:00+09:00')),
    ])
    expect(first.ok && second.ok).toBe(true)
    const stops = h.fake.servers.actions.slice(4)
    expect(stops.map((action) => `${action.action} ${action.id}`)).toEqual([
      'stop i-0a1d0000000000004',
      ...API.map((id) => `stop ${id}`),
      'stop dev-aurora',
    ])
    expect([...first.outcomes, ...second.outcomes].filter((outcome) => outcome.status === 'succeeded')).toHaveLength(3)
    expect(h.fake.servers.stateOf('dev-aurora')).toBe('stopped')
    const history = await h.database.db.scheduleAction.findMany({ where: { scheduleId: id }, orderBy: { id: 'asc' } })
    expect(history.map((row) => `${row.action} ${row.groupName} ${row.status}`)).toEqual([
      'start db succeeded',
      'start api succeeded',
      'start batch succeeded',
      'stop batch succeeded',
      'stop api succeeded',
      'stop db succeeded',
    ])
  })

  it('a start AWS refuses stops the chain and keeps what runs running, naming the server and why', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    await setExecution(h.database.db, id, true)
    h.fake.faults.startRefused = ['i-0a1d0000000000003']
    const before = h.fake.servers.actions.length
    // Tuesday 2026-12-22, 09:30 in Seoul.
    const result = await runDue(deps('2026-12-22T09:30:00+09:00'))
    expect(result.ok).toBe(false)
    expect(result.outcomes.map((outcome) => [outcome.action.group, outcome.status])).toEqual([
      ['db', 'succeeded'],
      ['api', 'failed'],
      ['batch', 'skipped'],
    ])
    expect(result.outcomes[1]!.message).toMatch(
      /EC2 start of i-0a1d0000000000002, i-0a1d0000000000003 failed: InsufficientInstanceCapacity/,
    )
    expect(h.fake.servers.actions.slice(before).map((action) => `${action.action} ${action.id}`)).toEqual([
      'start dev-aurora',
    ])
    expect(h.fake.servers.stateOf('dev-aurora')).toBe('available')
    expect(lines.some((line) => line.startsWith('failed') && line.includes('InsufficientInstanceCapacity'))).toBe(true)
  })

  it('stops again a cluster RDS restarted after 7 days stopped, outside the periods only, once, and says so', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    await setExecution(h.database.db, id, true)
    // Thursday 2026-12-24: started, then stopped at 22:00; Christmas and the weekend follow.
    expect((await runDue(deps('2026-12-24T09:31:00+09:00'))).ok).toBe(true)
    expect((await runDue(deps('2026-12-24T22:01:00+09:00'))).ok).toBe(true)
    expect(h.fake.servers.stateOf('dev-aurora')).toBe('stopped')
    const before = h.fake.servers.actions.length

    // While it is stopped, nothing restarted: a run outside the periods changes nothing.
    expect((await runDue(deps('2026-12-26T03:00:00+09:00'))).outcomes).toEqual([])

    h.fake.servers.awsRestart('dev-aurora')
    await waitFor(() => h.fake.servers.stateOf('dev-aurora') === 'available')
    // Thursday 2026-12-31 03:00 (7 days later), outside the periods: stopped again, once.
    const [first, second] = await Promise.all([
      runDue(deps('2026-12-31T03:00:10+09:00')),
      runDue(deps('2026-12-31T03:00:40+09:00')),
    ])
    const restops = [...first.outcomes, ...second.outcomes]
    expect(restops.map((outcome) => [outcome.action.group, outcome.status, outcome.resourceIds])).toEqual([
      ['db', 'succeeded', ['dev-aurora']],
    ])
    expect(restops[0]!.message).toContain(
      'dev-aurora running again 6 day(s) after this schedule stopped it at 2026-12-24T22:00:00+09:00',
    )
    expect(first.ok && second.ok).toBe(true)
    expect(h.fake.servers.actions.slice(before).map((action) => `${action.action} ${action.id}`)).toEqual([
      'stop dev-aurora',
    ])
    expect(h.fake.servers.stateOf('dev-aurora')).toBe('stopped')
    const history = await h.database.db.scheduleAction.findMany({
      where: { scheduleId: id, action: 'restop' },
    })
    expect(history.map((row) => [row.groupName, row.status, row.trigger, row.resourceIds])).toEqual([
      ['db', 'succeeded', 'test', ['dev-aurora']],
    ])
    expect(history[0]!.message).toMatch(/stopped again$/)
    expect(lines.some((line) => line.includes('restop db'))).toBe(true)
  })

  it('leaves a database running inside a period, and one this schedule did not stop last', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    await setExecution(h.database.db, id, true)
    // Never stopped by this schedule: running at night is someone else's decision.
    h.fake.servers.awsRestart('dev-aurora')
    await waitFor(() => h.fake.servers.stateOf('dev-aurora') === 'available')
    expect((await runDue(deps('2026-12-26T03:00:00+09:00'))).outcomes).toEqual([])
    // Inside Monday's period after its start: running, as planned.
    expect((await runDue(deps('2026-12-28T09:31:00+09:00'))).ok).toBe(true)
    const before = h.fake.servers.actions.length
    expect((await runDue(deps('2026-12-28T15:00:00+09:00'))).outcomes).toEqual([])
    expect(h.fake.servers.actions.length).toBe(before)
    expect(h.fake.servers.stateOf('dev-aurora')).toBe('available')
  })
})

async function waitFor(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 100) throw new Error('the fake never got there')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('schedule alerts through the alert rules', () => {
  type Received = { path: string; body: { type: string; extendUrl: string | null; alert: Record<string, unknown> } }
  const received: Received[] = []
  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = ''
      request.on('data', (chunk) => (text += chunk))
      request.on('end', () => resolve(text))
    })
  const receiver = createServer(async (request, response) => {
    received.push({ path: request.url!, body: JSON.parse(await readBody(request)) })
    response.writeHead(200).end('ok')
  })
  const ON_PREMISES = { allowPrivateTargets: true }
  const NO_INCIDENTS = { kinds: [], minSeverity: 'low' as const, minImpactUsd: '1000000000', enabled: true }
  let base = ''

  beforeEach(async () => {
    received.length = 0
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
    await createAlertRule(
      h.database.db,
      { name: 'servers', ...NO_INCIDENTS, schedules: true, format: 'json', webhookUrl: `${base}/servers` },
      ON_PREMISES,
    )
    await createAlertRule(
      h.database.db,
      { name: 'costs only', ...NO_INCIDENTS, format: 'json', webhookUrl: `${base}/costs` },
      ON_PREMISES,
    )
  })
  afterEach(async () => {
    await new Promise((resolve) => receiver.close(resolve))
  })

  const deliver = (now: string) =>
    deliverPendingAlerts(h.database.db, {
      now: new Date(now),
      targets: ON_PREMISES,
      publicUrl: 'https://finops.example.com',
    })

  it('warns 10 minutes before a stop, once, with the link that extends that night', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    // Dry run: no warning (nothing would stop).
    await runDue(deps('2026-12-21T21:51:00+09:00'))
    await deliver('2026-12-21T21:51:00+09:00')
    expect(received).toEqual([])

    await setExecution(h.database.db, id, true)
    // 21:49 is more than 10 minutes before the 22:00 stop: nothing yet.
    await runDue(deps('2026-12-21T21:49:00+09:00'))
    await runDue(deps('2026-12-21T21:50:00+09:00'))
    await runDue(deps('2026-12-21T21:55:00+09:00'))
    await deliver('2026-12-21T21:55:00+09:00')
    await deliver('2026-12-21T21:56:00+09:00')
    expect(received.map((message) => [message.path, message.body.type, message.body.alert.kind])).toEqual([
      ['/servers', 'schedule', 'stop-warning'],
    ])
    const [warning] = received
    const { path } = await extendLink(h.database.db, id, '2026-12-21')
    expect(warning!.body.extendUrl).toBe(`https://finops.example.com${path}`)
    expect(warning!.body.alert).toMatchObject({
      scheduleName: 'Development',
      at: '2026-12-21T22:00:00+09:00',
      resourceIds: ['i-0a1d0000000000004', ...API, 'dev-aurora'],
    })
    expect(warning!.body.alert.message).toBe(
      'The servers stop at 22:00 KST on 2026-12-21, in 10 minute(s): batch (i-0a1d0000000000004), then api (i-0a1d0000000000002, i-0a1d0000000000003), then db (dev-aurora). Working late? The link moves the stop.',
    )
  })

  it('a start refused three times fails its chain and alerts, naming the server and why', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    await setExecution(h.database.db, id, true)
    h.fake.faults.startRefused = ['dev-aurora']
    const result = await runDue(deps('2026-12-22T09:30:00+09:00'))
    expect(result.outcomes.map((outcome) => [outcome.action.group, outcome.status])).toEqual([
      ['db', 'failed'],
      ['api', 'skipped'],
      ['batch', 'skipped'],
    ])
    // Tried three times (the policy), each refused by RDS.
    expect(h.fake.servers.refused.map((refusal) => refusal.id)).toEqual(['dev-aurora', 'dev-aurora', 'dev-aurora'])
    expect(result.outcomes[0]!.message).toMatch(/InsufficientDBInstanceCapacity.*\(after 3 attempts\)$/)
    await deliver('2026-12-22T09:31:00+09:00')
    expect(received.map((message) => [message.path, message.body.alert.kind, message.body.alert.group])).toEqual([
      ['/servers', 'start-failed', 'db'],
    ])
    expect(received[0]!.body.alert.message).toContain('Starting db (planned 2026-12-22T09:30:00+09:00) failed')
    expect(received[0]!.body.alert.resourceIds).toEqual(['dev-aurora'])
  })

  it('tells of a database RDS restarted that the schedule stopped again', async () => {
    const { id } = await createSchedule(h.database.db, DEVELOPMENT)
    await setExecution(h.database.db, id, true)
    await runDue(deps('2026-12-24T09:31:00+09:00'))
    await runDue(deps('2026-12-24T22:01:00+09:00'))
    h.fake.servers.awsRestart('dev-aurora')
    await waitFor(() => h.fake.servers.stateOf('dev-aurora') === 'available')
    await runDue(deps('2026-12-31T03:00:00+09:00'))
    await deliver('2026-12-31T03:01:00+09:00')
    // No warning went out: no run came within 10 minutes before the 22:00 stop.
    expect(received.map((message) => [message.body.alert.kind, message.body.alert.group])).toEqual([
      ['restopped', 'db'],
    ])
    expect(received[0]!.body.alert.message).toMatch(/^dev-aurora running again 6 day\(s\) after .*; stopped again$/)
  })
})
