// Webhook URLs at rest (a Slack webhook URL is a credential): sealed in the database and opened only to send or
// to mask; rows stored before encryption are sealed at start, once; a URL saved with another key, or a key that
// cannot be had, is reported where it matters and breaks nothing else.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { clock } from '../../lib/server/clock'
import { createAlertRule, listAlertRules, testAlertRule, updateAlertRule } from '../../lib/server/alerts/alert-rules'
import { deliverPendingAlerts } from '../../lib/server/alerts/deliver-pending-alerts'
import { sealStoredWebhookUrls, UNREADABLE_URL_MASK } from '../../lib/server/alerts/rule-webhook'
import { listAlertDeliveries } from '../../lib/server/queries/list-alert-deliveries'
import { sealSecret } from '../../lib/server/secrets/secret-box'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

// The receiver listens on 127.0.0.1: allowed here on purpose (webhook-targets.test.ts covers the refusal).
const ON_PREMISES = { allowPrivateTargets: true }

let database: TestDatabase
let server: Server
let base: string
const received: string[] = []

beforeAll(async () => {
  database = await createTestDatabase()
  server = createServer((request, response) => {
    received.push(request.url!)
    request.resume()
    response.writeHead(200).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await database?.drop()
})

const rule = (name: string, webhookUrl: string) => ({
  name,
  kinds: [],
  minSeverity: 'critical' as const,
  format: 'json' as const,
  enabled: true,
  webhookUrl,
})
const storedUrl = async (id: number) =>
  (
    await database.db.$queryRawUnsafe<{ webhook_url: string }[]>('SELECT webhook_url FROM alert_rule WHERE id = $1', id)
  )[0]!.webhook_url

describe('webhook URLs at rest', () => {
  it('are stored encrypted, and still masked in the API and sent to', async () => {
    const url = `${base}/services/T000/B000/very-secret-token`
    const created = await createAlertRule(database.db, rule('slack', url), ON_PREMISES)
    expect(await storedUrl(created.id)).toMatch(/^enc:v1:/)
    expect(JSON.stringify(await database.db.$queryRawUnsafe('SELECT * FROM alert_rule'))).not.toContain(
      'very-secret-token',
    )
    expect(created.webhookUrlMasked).toBe(`${base}/…oken`)
    expect(await testAlertRule(database.db, created.id, ON_PREMISES)).toMatchObject({ delivered: true })
    expect(received.at(-1)).toBe('/services/T000/B000/very-secret-token')

    // A new URL is sealed too; a change without one keeps the sealed URL as it was.
    await updateAlertRule(
      database.db,
      created.id,
      rule('slack', `${base}/services/T000/B000/rotated-token`),
      ON_PREMISES,
    )
    const rotated = await storedUrl(created.id)
    expect(rotated).toMatch(/^enc:v1:/)
    await updateAlertRule(database.db, created.id, { ...rule('renamed', ''), webhookUrl: undefined }, ON_PREMISES)
    expect(await storedUrl(created.id)).toBe(rotated)
    expect(await testAlertRule(database.db, created.id, ON_PREMISES)).toMatchObject({ delivered: true })
    expect(received.at(-1)).toBe('/services/T000/B000/rotated-token')
  })

  it('stored in plain text before encryption existed are sealed at start, once, and work before and after', async () => {
    const ids = []
    for (const name of ['legacy-a', 'legacy-b']) {
      const { id } = await createAlertRule(database.db, rule(name, `${base}/placeholder`), ON_PREMISES)
      await database.db.$executeRawUnsafe(
        'UPDATE alert_rule SET webhook_url = $1 WHERE id = $2',
        `${base}/${name}/plain-token`,
        id,
      )
      ids.push(id)
    }
    expect((await listAlertRules(database.db, ids)).map((r) => r.webhookUrlMasked)).toEqual([
      `${base}/…oken`,
      `${base}/…oken`,
    ])
    expect(await testAlertRule(database.db, ids[0]!, ON_PREMISES)).toMatchObject({ delivered: true })

    expect(await sealStoredWebhookUrls(database.db)).toBe(2)
    for (const id of ids) expect(await storedUrl(id)).toMatch(/^enc:v1:/)
    expect(JSON.stringify(await database.db.$queryRawUnsafe('SELECT * FROM alert_rule'))).not.toContain('plain-token')
    expect(await sealStoredWebhookUrls(database.db)).toBe(0)
    expect(await testAlertRule(database.db, ids[1]!, ON_PREMISES)).toMatchObject({ delivered: true })
    expect(received.at(-1)).toBe('/legacy-b/plain-token')
  })

  it('saved with another key are reported in the list, the rule test and the delivery log, and nothing else fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const good = await createAlertRule(
      database.db,
      { ...rule('still fine', `${base}/fine`), ingestionFailures: true },
      ON_PREMISES,
    )
    const lost = await createAlertRule(
      database.db,
      { ...rule('other key', `${base}/lost`), ingestionFailures: true },
      ON_PREMISES,
    )
    await database.db.$executeRawUnsafe(
      'UPDATE alert_rule SET webhook_url = $1 WHERE id = $2',
      sealSecret(`${base}/lost`, randomBytes(32), 'alert_rule.webhook_url'),
      lost.id,
    )

    const listed = await listAlertRules(database.db, [good.id, lost.id])
    expect(listed.map((r) => r.webhookUrlMasked)).toEqual([`${base}/…fine`, UNREADABLE_URL_MASK])
    expect(await testAlertRule(database.db, lost.id, ON_PREMISES)).toEqual({
      delivered: false,
      failure: 'secret_key',
      message: expect.stringContaining('secret key'),
    })

    const now = clock.now()
    await database.db.ingestionRun.create({
      data: {
        trigger: 'schedule',
        status: 'failed',
        windowFrom: new Date('2026-11-19'),
        windowTo: new Date('2026-11-22'),
        sources: ['costs'],
        startedAt: now,
        finishedAt: now,
        error: 'denied',
      },
    })
    const summary = await deliverPendingAlerts(database.db, {
      now: new Date(now.getTime() + 1000),
      targets: ON_PREMISES,
    })
    expect(summary).toMatchObject({ attempted: 2, delivered: 1, retrying: 1 })
    const log = await listAlertDeliveries(database.db)
    expect(log.find((d) => d.ruleId === lost.id)).toMatchObject({
      status: 'pending',
      lastError: expect.stringContaining('cannot be decrypted'),
    })
    expect(log.find((d) => d.ruleId === good.id)).toMatchObject({ status: 'delivered' })
    expect(received).not.toContain('/lost')
    expect(logged.mock.calls.flat().join(' ')).toMatch(/saved with another secret key/)
    logged.mockRestore()
  })

  it('without a usable key, saving a rule is refused with what to do, and the server start carries on', async () => {
    await createAlertRule(database.db, rule('saved with the key', `${base}/sealed`), ON_PREMISES)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finops-no-key-'))
    const notADirectory = path.join(dir, 'data')
    writeFileSync(notADirectory, '')
    vi.stubEnv('FINOPS_SECRET_KEY', '')
    vi.stubEnv('FINOPS_DATA_DIR', notADirectory)
    vi.resetModules()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const fresh = await import('../../lib/server/alerts/alert-rules')
      const { sealWebhookUrlsAtStart } = await import('../../lib/server/alerts/rule-webhook')
      await expect(sealWebhookUrlsAtStart(() => database.db)).resolves.toBeUndefined()
      expect(logged.mock.calls.flat().join(' ')).toMatch(
        /Cannot create the secret key .*Set FINOPS_SECRET_KEY.*the rest of the dashboard works/,
      )
      await expect(fresh.createAlertRule(database.db, rule('no key', `${base}/x`), ON_PREMISES)).rejects.toMatchObject({
        status: 503,
        message: expect.stringMatching(/^Webhook URLs cannot be saved: Cannot create the secret key/),
      })
      // Every stored URL is sealed: listed as unreadable, the rules themselves still listed.
      const listed = await fresh.listAlertRules(database.db)
      expect(listed.length).toBeGreaterThan(0)
      expect(listed.map((r) => r.webhookUrlMasked)).toEqual(listed.map(() => UNREADABLE_URL_MASK))
    } finally {
      logged.mockRestore()
      vi.unstubAllEnvs()
      vi.resetModules()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
