// Alert delivery against real HTTP receivers (node:http servers in this process): Slack-format and JSON
// webhooks, each incident (and failed ingestion run, for rules that ask) sent once per rule, a failing receiver
// retried with backoff until it recovers, an unreachable one given up, and webhook URLs never returned in full.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MAX_DELIVERY_ATTEMPTS } from '../../lib/domain/alerts/backoff'
import { incidentDto } from '../../lib/schemas/incidents'
import { ingestionRun } from '../../lib/schemas/ingestion'
import { createAlertRule, listAlertRules, testAlertRule, updateAlertRule } from '../../lib/server/alerts/alert-rules'
import { deliverPendingAlerts } from '../../lib/server/alerts/deliver-pending-alerts'
import { clock } from '../../lib/server/clock'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { detectAnomalies } from '../../lib/server/derived/detect-anomalies'
import { listAlertDeliveries } from '../../lib/server/queries/list-alert-deliveries'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Received = { path: string; body: Record<string, unknown> }

let database: TestDatabase
let server: Server
let base: string
const received: Received[] = []
const failures = new Map<string, number>()

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    request.on('data', (chunk) => (text += chunk))
    request.on('end', () => resolve(text))
  })
}

// The receivers listen on 127.0.0.1, which alert webhooks may reach only with FINOPS_ALERT_ALLOW_PRIVATE_TARGETS
// (an on-premises receiver); webhook-targets.test.ts shows they are refused without it.
const ON_PREMISES = { allowPrivateTargets: true }

const NOW = new Date('2026-11-22T12:00:00.000Z')
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: '2026-11-22' })
  server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as Record<string, unknown>
    const remaining = failures.get(request.url!) ?? 0
    if (remaining > 0) {
      failures.set(request.url!, remaining - 1)
      response.writeHead(500, { 'content-type': 'text/plain' }).end('receiver is down')
      return
    }
    received.push({ path: request.url!, body })
    response.writeHead(200).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 300_000)

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await database?.drop()
})

// Each test starts from the demo data as loaded: no rules, deliveries or runs, every incident open and detected
// before any rule the test creates, nothing received.
beforeEach(async () => {
  await database.db.alertDelivery.deleteMany({})
  await database.db.alertRule.deleteMany({})
  await database.db.ingestionRun.deleteMany({})
  await database.db.incident.updateMany({
    data: {
      status: 'open',
      statusBy: null,
      statusReason: null,
      statusAt: null,
      detectedAt: new Date(clock.now().getTime() - 3_600_000),
    },
  })
  received.length = 0
  failures.clear()
})

/** Incidents detected before a rule existed are history to it; as if detected again, they are new. */
async function redetect() {
  await database.db.anomaly.deleteMany({})
  await detectAnomalies(database.db, { from: '2025-11-01', to: '2026-11-21' })
}

async function markAllNew() {
  await database.db.incident.updateMany({ data: { detectedAt: clock.now() } })
}

describe('alert delivery', () => {
  it('sends a new incident once to a Slack webhook, retrying with backoff while the receiver fails', async () => {
    failures.set('/slack', 2)
    const rule = await createAlertRule(
      database.db,
      {
        name: 'on-call',
        kinds: ['timeout_amplification'],
        minSeverity: 'low',
        format: 'slack',
        enabled: true,
        webhookUrl: `${base}/slack`,
      },
      ON_PREMISES,
    )
    await redetect()

    expect(
      await deliverPendingAlerts(database.db, {
        now: NOW,
        targets: ON_PREMISES,
        publicUrl: 'https://finops.example.com/',
      }),
    ).toEqual({ queued: 1, attempted: 1, delivered: 0, retrying: 1, failed: 0 })
    let [delivery] = await listAlertDeliveries(database.db)
    expect(delivery).toMatchObject({
      ruleId: rule.id,
      status: 'pending',
      attempts: 1,
      lastStatus: 500,
      lastError: 'The webhook answered HTTP 500.',
      nextAttemptAt: later(1).toISOString(),
    })
    // Not due yet: nothing is sent before the backoff elapses.
    expect(await deliverPendingAlerts(database.db, { now: later(0.5), targets: ON_PREMISES })).toMatchObject({
      queued: 0,
      attempted: 0,
    })
    expect(await deliverPendingAlerts(database.db, { now: later(1), targets: ON_PREMISES })).toMatchObject({
      attempted: 1,
      retrying: 1,
    })
    ;[delivery] = await listAlertDeliveries(database.db)
    expect(delivery!.nextAttemptAt).toBe(later(3).toISOString())
    expect(
      await deliverPendingAlerts(database.db, {
        now: later(3),
        targets: ON_PREMISES,
        publicUrl: 'https://finops.example.com/',
      }),
    ).toMatchObject({ attempted: 1, delivered: 1 })
    ;[delivery] = await listAlertDeliveries(database.db)
    expect(delivery).toMatchObject({
      status: 'delivered',
      attempts: 3,
      lastStatus: 200,
      lastError: null,
      subject: 'nightly-tenant-report',
      incidentKind: 'timeout_amplification',
      about: 'incident',
    })

    const slack = received.filter((r) => r.path === '/slack')
    expect(slack).toHaveLength(1)
    expect(slack[0]!.body.text).toMatch(
      /^Timeout amplification \((Low|Medium|High|Critical)\) on nightly-tenant-report: \$[\d.]+ extra — nightly-tenant-report: \d+ invocations ran into the 15 min timeout/,
    )
    expect(JSON.stringify(slack[0]!.body.blocks)).toMatch(
      /<https:\/\/finops\.example\.com\/anomalies\?from=2026-11-16&to=2026-11-21&open=\d+\|Open in Lambda FinOps>/,
    )

    // Sent once: later runs (and re-detection, which keeps the incident) do not send it again.
    await detectAnomalies(database.db, { from: '2026-11-01', to: '2026-11-21' })
    expect(await deliverPendingAlerts(database.db, { now: later(10), targets: ON_PREMISES })).toMatchObject({
      queued: 0,
      attempted: 0,
    })
    expect(received.filter((r) => r.path === '/slack')).toHaveLength(1)
  })

  it('leaves history alone, and sends a newly detected incident as the API returns it to a JSON webhook, a risk’s exposure held against the minimum', async () => {
    const rule = await createAlertRule(
      database.db,
      {
        name: 'big money',
        kinds: [],
        minSeverity: 'low',
        minImpactUsd: '1000',
        format: 'json',
        enabled: true,
        webhookUrl: `${base}/json`,
      },
      ON_PREMISES,
    )
    expect(await deliverPendingAlerts(database.db, { now: later(15), targets: ON_PREMISES })).toMatchObject({
      queued: 0,
    })
    await markAllNew()
    expect(await deliverPendingAlerts(database.db, { now: later(20), targets: ON_PREMISES })).toMatchObject({
      queued: 1,
      delivered: 1,
    })
    const [message] = received.filter((r) => r.path === '/json')
    expect(message!.body).toMatchObject({ type: 'incident', rule: { id: rule.id, name: 'big money' }, link: null })
    const incident = incidentDto.parse(message!.body.incident)
    expect(incident).toMatchObject({
      root: { kind: 'config_risk', functionName: 'recommender-embed-item' },
      status: 'open',
      extraCostUsd: '0',
    })
    expect(Number(incident.exposureUsd)).toBeGreaterThanOrEqual(1000)
  })

  it('does not send incidents muted before or while queued, and gives up on an unreachable receiver', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`
    await new Promise((resolve) => closed.close(resolve))
    await createAlertRule(
      database.db,
      {
        name: 'dead end',
        kinds: ['config_risk'],
        minSeverity: 'medium',
        format: 'slack',
        enabled: true,
        webhookUrl: deadUrl,
      },
      ON_PREMISES,
    )
    await markAllNew()
    const lints = await database.db.incident.findMany({
      where: { anomalies: { some: { kind: 'config_risk', severity: 'medium' } } },
      orderBy: { id: 'asc' },
    })
    expect(lints.length).toBeGreaterThanOrEqual(3)
    const mute = (id: number) =>
      database.db.incident.update({
        where: { id },
        data: { status: 'muted', statusBy: 'ops', statusReason: 'known', statusAt: NOW },
      })
    await mute(lints[0]!.id)

    let now = later(30)
    let summary = await deliverPendingAlerts(database.db, { now, targets: ON_PREMISES })
    expect(summary).toMatchObject({ queued: lints.length - 1, attempted: lints.length - 1, retrying: lints.length - 1 })
    await mute(lints[1]!.id)
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + 2 ** (attempt - 2) * 60_000)
      summary = await deliverPendingAlerts(database.db, { now, targets: ON_PREMISES })
    }
    expect(summary.failed).toBe(lints.length - 2)
    const dead = (await listAlertDeliveries(database.db)).filter((d) => d.ruleName === 'dead end')
    expect(dead).toHaveLength(lints.length - 2)
    expect(
      dead.every(
        (d) =>
          d.status === 'failed' &&
          d.attempts === MAX_DELIVERY_ATTEMPTS &&
          d.lastStatus === null &&
          d.nextAttemptAt === null,
      ),
    ).toBe(true)
    expect(dead[0]!.lastError).toBe('Could not connect to the webhook.')
    expect(dead[0]!.lastError).not.toContain(deadUrl)
    expect(dead.map((d) => d.incidentId)).not.toContain(lints[0]!.id)
    expect(dead.map((d) => d.incidentId)).not.toContain(lints[1]!.id)
  })

  it('sends each failed ingestion run once to the rules that ask for it, and nothing for runs that succeeded or failed before the rule', async () => {
    const failedRun = (finishedAt: Date, error: string) =>
      database.db.ingestionRun.create({
        data: {
          trigger: 'schedule',
          status: 'failed',
          windowFrom: new Date('2026-11-19'),
          windowTo: new Date('2026-11-22'),
          sources: ['costs', 'metrics'],
          startedAt: finishedAt,
          finishedAt,
          error,
          warnings: ['CloudWatch: 2 metric queries answered PartialData'],
        },
      })
    const none = {
      kinds: ['throttle_spike' as const],
      minSeverity: 'critical' as const,
      minImpactUsd: '1000000',
      enabled: true,
    }
    const slackRule = await createAlertRule(
      database.db,
      { ...none, name: 'ops slack', ingestionFailures: true, format: 'slack', webhookUrl: `${base}/runs-slack` },
      ON_PREMISES,
    )
    const jsonRule = await createAlertRule(
      database.db,
      { ...none, name: 'ops json', ingestionFailures: true, format: 'json', webhookUrl: `${base}/runs-json` },
      ON_PREMISES,
    )
    expect((await listAlertRules(database.db, [slackRule.id]))[0]).toMatchObject({ ingestionFailures: true })
    await failedRun(new Date(new Date(slackRule.createdAt).getTime() - 60_000), 'before the rules existed')
    await database.db.ingestionRun.create({
      data: {
        trigger: 'schedule',
        status: 'succeeded',
        windowFrom: new Date('2026-11-19'),
        windowTo: new Date('2026-11-22'),
        sources: ['costs'],
        finishedAt: clock.now(),
      },
    })
    const run = await failedRun(
      clock.now(),
      'Cost Explorer denied ce:GetCostAndUsage: attach the FinOpsReadOnly policy',
    )

    expect(
      await deliverPendingAlerts(database.db, {
        now: later(40),
        targets: ON_PREMISES,
        publicUrl: 'https://finops.example.com',
      }),
    ).toMatchObject({ queued: 2, attempted: 2, delivered: 2 })
    const slack = received.filter((r) => r.path === '/runs-slack')
    expect(slack).toHaveLength(1)
    expect(slack[0]!.body.text).toBe(
      'Ingestion run failed (schedule, 2026-11-19 to 2026-11-22): data may be out of date until a run succeeds — Cost Explorer denied ce:GetCostAndUsage: attach the FinOpsReadOnly policy',
    )
    expect(JSON.stringify(slack[0]!.body.blocks)).toContain('1 warning(s)')
    expect(JSON.stringify(slack[0]!.body.blocks)).toContain(
      '<https://finops.example.com/ingestion|Open in Lambda FinOps>',
    )
    const [json] = received.filter((r) => r.path === '/runs-json')
    expect(json!.body).toMatchObject({
      type: 'ingestion_failed',
      rule: { id: jsonRule.id, name: 'ops json' },
      link: 'https://finops.example.com/ingestion',
    })
    expect(ingestionRun.parse(json!.body.run)).toMatchObject({
      id: run.id,
      status: 'failed',
      error: 'Cost Explorer denied ce:GetCostAndUsage: attach the FinOpsReadOnly policy',
    })

    const logged = (await listAlertDeliveries(database.db)).filter((d) => d.about === 'ingestion_run')
    expect(logged.map((d) => [d.ruleName, d.status, d.ingestionRunId, d.incidentId, d.subject]).sort()).toEqual([
      ['ops json', 'delivered', run.id, null, '2026-11-19 to 2026-11-22'],
      ['ops slack', 'delivered', run.id, null, '2026-11-19 to 2026-11-22'],
    ])
    // A delivery is about an incident or a run, never neither or both; a test message about neither, and never pending.
    await expect(
      database.db.$executeRawUnsafe('INSERT INTO alert_delivery (rule_id) VALUES ($1)', slackRule.id),
    ).rejects.toThrow(/alert_delivery_one_subject/)
    await expect(
      database.db.$executeRawUnsafe(`INSERT INTO alert_delivery (rule_id, is_test) VALUES ($1, true)`, slackRule.id),
    ).rejects.toThrow(/alert_delivery_one_subject/)
    await expect(
      database.db.$executeRawUnsafe(
        `INSERT INTO alert_delivery (rule_id, is_test, ingestion_run_id, status) VALUES ($1, true, $2::uuid, 'delivered')`,
        slackRule.id,
        run.id,
      ),
    ).rejects.toThrow(/alert_delivery_one_subject/)
    // Sent once; rules that did not ask (the earlier ones) never get runs.
    expect(await deliverPendingAlerts(database.db, { now: later(50), targets: ON_PREMISES })).toMatchObject({
      queued: 0,
      attempted: 0,
    })
    expect(received.filter((r) => r.path.startsWith('/runs-'))).toHaveLength(2)
  })

  it('sends the retry storm once, not once per anomaly: one incident of retries, keep-warm overrun and the bill’s spikes', async () => {
    const rule = await createAlertRule(
      database.db,
      {
        name: 'critical only',
        kinds: [],
        minSeverity: 'critical',
        format: 'json',
        enabled: true,
        webhookUrl: `${base}/critical`,
      },
      ON_PREMISES,
    )
    await markAllNew()
    const anomalies = await database.db.anomaly.count({ where: { severity: 'critical' } })
    expect(anomalies).toBe(3)
    // As the minute job saw it on 5 November, days after the storm ended (older incidents are history to it).
    expect(
      await deliverPendingAlerts(database.db, { now: new Date('2026-11-05T00:00:00Z'), targets: ON_PREMISES }),
    ).toMatchObject({ queued: 1, delivered: 1 })
    const [message] = received.filter((r) => r.path === '/critical')
    const storm = incidentDto.parse(message!.body.incident)
    expect(storm.root).toMatchObject({ kind: 'retry_amplification', functionName: 'recommender-embed-user' })
    expect(storm.symptoms.map((symptom) => symptom.kind).sort()).toEqual([
      'cost_spike',
      'cost_spike',
      'warmup_budget_overrun',
    ])
    expect((await listAlertDeliveries(database.db)).filter((d) => d.ruleId === rule.id)).toHaveLength(1)
  })

  it('never returns a webhook URL in full, and tests a rule with a one-off message that the delivery log keeps', async () => {
    const secret = `${base}/services/T000/B000/very-secret-token`
    const rule = await createAlertRule(
      database.db,
      {
        name: 'secret',
        kinds: ['cost_spike'],
        minSeverity: 'critical',
        format: 'slack',
        enabled: true,
        webhookUrl: secret,
      },
      ON_PREMISES,
    )
    const listed = await listAlertRules(database.db)
    expect(JSON.stringify(listed)).not.toContain('very-secret-token')
    expect(listed.find((r) => r.id === rule.id)!.webhookUrlMasked).toBe(`${base}/…oken`)
    expect(await testAlertRule(database.db, rule.id, ON_PREMISES)).toEqual({
      delivered: true,
      failure: null,
      message: 'Delivered.',
    })
    expect(received.at(-1)).toEqual({
      path: '/services/T000/B000/very-secret-token',
      body: { text: 'Test message from Lambda FinOps: the alert rule “secret” will post new incidents here.' },
    })
    const logged = (await listAlertDeliveries(database.db)).filter((d) => d.ruleId === rule.id)
    expect(logged).toEqual([
      expect.objectContaining({
        about: 'test',
        subject: 'test message',
        incidentId: null,
        ingestionRunId: null,
        status: 'delivered',
        attempts: 1,
        lastStatus: 200,
        lastError: null,
        nextAttemptAt: null,
      }),
    ])
    // Logged, not counted among the alerts the rule sent, and never sent again.
    expect((await listAlertRules(database.db, [rule.id]))[0]!.deliveries).toEqual({
      delivered: 0,
      pending: 0,
      failed: 0,
    })
    expect(await deliverPendingAlerts(database.db, { now: later(55), targets: ON_PREMISES })).toMatchObject({
      attempted: 0,
    })
  })

  it('refuses a loopback receiver by default (at save, in the rule test, at send) and delivers to it with private targets allowed', async () => {
    const BY_DEFAULT = { allowPrivateTargets: false }
    const input = {
      name: 'loopback',
      kinds: ['timeout_amplification' as const],
      minSeverity: 'low' as const,
      format: 'json' as const,
      enabled: true,
      webhookUrl: `${base}/loopback`,
    }
    await expect(createAlertRule(database.db, input, BY_DEFAULT)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(
        /^webhookUrl: 127\.0\.0\.1 is a loopback address: .*FINOPS_ALERT_ALLOW_PRIVATE_TARGETS=true/,
      ),
    })
    const rule = await createAlertRule(database.db, input, ON_PREMISES)
    const refused = { delivered: false, failure: 'refused_address', message: expect.stringContaining('may not reach') }
    expect(await testAlertRule(database.db, rule.id, BY_DEFAULT)).toEqual(refused)
    // A name is judged on what it resolves to when sent: localhost is loopback.
    await updateAlertRule(
      database.db,
      rule.id,
      { ...input, webhookUrl: `${base.replace('127.0.0.1', 'localhost')}/loopback` },
      ON_PREMISES,
    )
    expect(await testAlertRule(database.db, rule.id, BY_DEFAULT)).toEqual(refused)
    expect(received.filter((r) => r.path === '/loopback')).toEqual([])

    await database.db.alertRule.updateMany({ where: { id: { not: rule.id } }, data: { enabled: false } })
    await markAllNew()
    expect(await deliverPendingAlerts(database.db, { now: later(60), targets: BY_DEFAULT })).toMatchObject({
      queued: 1,
      attempted: 1,
      delivered: 0,
      retrying: 1,
    })
    const [delivery] = (await listAlertDeliveries(database.db)).filter(
      (d) => d.ruleId === rule.id && d.about === 'incident',
    )
    expect(delivery).toMatchObject({
      status: 'pending',
      lastStatus: null,
      lastError: 'The webhook’s address is one alerts may not reach (loopback, private, link-local or metadata).',
    })
    expect(received.filter((r) => r.path === '/loopback')).toEqual([])

    expect(await deliverPendingAlerts(database.db, { now: later(62), targets: ON_PREMISES })).toMatchObject({
      attempted: 1,
      delivered: 1,
    })
    expect(await testAlertRule(database.db, rule.id, ON_PREMISES)).toEqual({
      delivered: true,
      failure: null,
      message: 'Delivered.',
    })
    expect(received.filter((r) => r.path === '/loopback')).toHaveLength(2)
    // Every test is in the log, the refused ones with why.
    const tests = (await listAlertDeliveries(database.db)).filter((d) => d.ruleId === rule.id && d.about === 'test')
    expect(tests.map((d) => [d.status, d.lastError])).toEqual([
      ['delivered', null],
      ['failed', 'The webhook’s address is one alerts may not reach (loopback, private, link-local or metadata).'],
      ['failed', 'The webhook’s address is one alerts may not reach (loopback, private, link-local or metadata).'],
    ])
  })

  it('a new rule sends the incidents open now when it is created asking for it (the retry storm, days old), and only new ones otherwise', async () => {
    await database.db.alertRule.updateMany({ data: { enabled: false } })
    await database.db.$executeRawUnsafe(`UPDATE incident SET detected_at = '2026-11-01T00:00:00Z'`)
    const criteria = { kinds: [], minSeverity: 'critical' as const, format: 'json' as const, enabled: true }
    const fromNowOn = await createAlertRule(
      database.db,
      { ...criteria, name: 'from now on', webhookUrl: `${base}/from-now-on` },
      ON_PREMISES,
    )
    const openNow = await createAlertRule(
      database.db,
      { ...criteria, name: 'open now too', webhookUrl: `${base}/open-now`, sendOpenIncidents: true },
      ON_PREMISES,
      later(65),
    )
    // The three critical anomalies of the storm are one open incident: one alert queued.
    expect(openNow.deliveries).toEqual({ delivered: 0, pending: 1, failed: 0 })
    expect(fromNowOn.deliveries).toEqual({ delivered: 0, pending: 0, failed: 0 })

    expect(await deliverPendingAlerts(database.db, { now: later(70), targets: ON_PREMISES })).toMatchObject({
      queued: 0,
      attempted: 1,
      delivered: 1,
    })
    const [message] = received.filter((r) => r.path === '/open-now')
    expect(incidentDto.parse(message!.body.incident).root).toMatchObject({
      kind: 'retry_amplification',
      functionName: 'recommender-embed-user',
    })
    expect(received.filter((r) => r.path === '/from-now-on')).toEqual([])
    // Sent once.
    expect(await deliverPendingAlerts(database.db, { now: later(80), targets: ON_PREMISES })).toMatchObject({
      queued: 0,
      attempted: 0,
    })
  })
})
