// Everything that needs "now" or "today" asks the server's clock (lib/server/clock.ts), which FINOPS_NOW pins. This
// file pins it to a day far from the real one (and in the past), so that anything reading the wall clock or
// PostgreSQL's now() instead answers differently.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAlertRule } from '../../lib/server/alerts/alert-rules'
import { deliverPendingAlerts } from '../../lib/server/alerts/deliver-pending-alerts'
import { clock } from '../../lib/server/clock'
import { createIngestionRun } from '../../lib/server/ingest/create-ingestion-run'
import { sweepStaleRuns } from '../../lib/server/ingest/sweep-stale-runs'
import { getCostBreakdown } from '../../lib/server/queries/get-cost-breakdown'
import { getOverview } from '../../lib/server/queries/get-overview'
import { listAnomalies } from '../../lib/server/queries/list-anomalies'
import { listFunctions } from '../../lib/server/queries/list-functions'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

// Before anything asks: the environment is read once, on first use.
vi.stubEnv('FINOPS_NOW', '2024-02-29T10:00:00Z')
const TODAY = '2024-02-29'
// The webhook is never reached (no DNS here): the test is about what gets queued.
const PUBLIC_TARGETS = { allowPrivateTargets: false }
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
})

afterAll(async () => {
  // The ingest route's handler uses the app's client.
  const { db } = await import('../../lib/server/db/prisma')
  await db().$disconnect()
  await database?.drop()
  vi.unstubAllEnvs()
})

describe('the server clock', () => {
  it('starts at FINOPS_NOW and runs on from there', async () => {
    const first = clock.now()
    expect(first.getTime()).toBeGreaterThanOrEqual(Date.parse('2024-02-29T10:00:00Z'))
    expect(first.getTime()).toBeLessThan(Date.parse('2024-02-29T11:00:00Z'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(clock.now().getTime()).toBeGreaterThan(first.getTime())
    expect(clock.today()).toBe(TODAY)
  })

  it('gives the default ranges of an empty database: the month and the 30 or 90 days ending today', async () => {
    expect((await getOverview(database.db, {})).month).toBe('2024-02')
    expect(
      await getCostBreakdown(database.db, { granularity: 'daily', groupBy: ['service'], filters: {} }),
    ).toMatchObject({ from: '2024-02-01', to: '2024-02-29' })
    expect(await listFunctions(database.db, {})).toMatchObject({ from: '2024-01-31', to: TODAY })
    expect(await listAnomalies(database.db, {})).toMatchObject({ from: '2023-12-02', to: TODAY })
  })

  it('refuses ingestion of days after today, and plans an incremental run through yesterday', async () => {
    const { POST } = await import('../../app/api/ingest/route')
    const future = await POST(
      new Request('http://localhost/api/ingest', {
        method: 'POST',
        headers: { ...(await signedInHeaders(database.db, 'engineer')), 'content-type': 'application/json' },
        body: JSON.stringify({ from: '2024-02-29', to: '2024-03-01' }),
      }),
      undefined,
    )
    expect(future.status).toBe(400)
    expect(JSON.stringify(await future.json())).toContain(`through today (${TODAY}`)

    const run = await createIngestionRun(database.db, { trigger: 'schedule', costExplorerDailyCapUsd: '5' })
    expect(run.window.to).toBe('2024-02-28')
    await database.db.ingestionRun.delete({ where: { id: run.id } })
  })

  it('judges heartbeats by the clock that wrote them: a run beating now is not swept as stale', async () => {
    const run = await database.db.ingestionRun.create({
      data: {
        trigger: 'manual',
        status: 'running',
        windowFrom: new Date(`${TODAY}T00:00:00Z`),
        windowTo: new Date(`${TODAY}T00:00:00Z`),
        sources: ['costs'],
        startedAt: clock.now(),
        heartbeatAt: clock.now(),
      },
    })
    expect(await sweepStaleRuns(database.db)).toEqual([])
    expect(await sweepStaleRuns(database.db, { now: new Date(clock.now().getTime() + 10 * 60_000) })).toEqual([run.id])
  })

  it("alerts a rule about a run that failed after the rule was created, both by the server's clock", async () => {
    const rule = await createAlertRule(
      database.db,
      {
        name: 'runs',
        kinds: ['throttle_spike'],
        minSeverity: 'critical',
        ingestionFailures: true,
        format: 'json',
        enabled: true,
        webhookUrl: 'https://hooks.example.com/finops',
      },
      PUBLIC_TARGETS,
    )
    expect(rule.createdAt.slice(0, 10)).toBe(TODAY)
    const failedRun = (finishedAt: Date) =>
      database.db.ingestionRun.create({
        data: {
          trigger: 'schedule',
          status: 'failed',
          windowFrom: new Date(`${TODAY}T00:00:00Z`),
          windowTo: new Date(`${TODAY}T00:00:00Z`),
          sources: ['costs'],
          startedAt: finishedAt,
          finishedAt,
          error: 'Cost Explorer said no',
        },
      })
    const before = await failedRun(new Date(Date.parse(rule.createdAt) - 60_000))
    const after = await failedRun(clock.now())
    await deliverPendingAlerts(database.db, { now: clock.now(), targets: PUBLIC_TARGETS })
    const queued = await database.db.alertDelivery.findMany({
      where: { ruleId: rule.id },
      select: { ingestionRunId: true },
    })
    expect(queued.map((delivery) => delivery.ingestionRunId)).toContain(after.id)
    expect(queued.map((delivery) => delivery.ingestionRunId)).not.toContain(before.id)
  })
})
