// Acceptance on the demo data: the injected incidents are stored as anomalies with the right kind, month and
// function, and explanations that name the cause, grouped into one incident per story; re-running detection is
// idempotent and keeps the incidents and what people decided about them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDaysTo } from '../../lib/domain/calendar'
import { generateDataset } from '../../lib/domain/demo/generate-dataset'
import { DEMO_SCENARIO } from '../../lib/domain/demo/demo-scenario'
import { clock } from '../../lib/server/clock'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { detectAnomalies } from '../../lib/server/derived/detect-anomalies'
import { refreshDerivedData } from '../../lib/server/derived/refresh-derived-data'
import type { Db } from '../../lib/server/db/prisma'
import { copyTestDatabase, createTestDatabase, type TestDatabase } from './helpers/test-database'

const TODAY = '2026-11-22'
let database: TestDatabase

type Row = {
  id: number
  kind: string
  name: string | null
  usage_type: string | null
  period_start: Date
  period_end: Date
  severity: string
  impact_usd: string
  explanation: string
  incident_id: number
  status: string
  fingerprint: string
}

async function anomalies(db: Db = database.db): Promise<Row[]> {
  return db.$queryRawUnsafe<Row[]>(
    `SELECT a.id, a.kind, f.name, a.usage_type, a.period_start, a.period_end, a.severity, a.impact_usd::text, a.explanation, a.incident_id, i.status::text, a.fingerprint
     FROM anomaly a LEFT JOIN lambda_function f ON f.id = a.function_id JOIN incident i ON i.id = a.incident_id ORDER BY a.fingerprint`,
  )
}

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: TODAY })
}, 300_000)

afterAll(async () => {
  await database?.drop()
})

/** The two tests that re-run detection each change a copy of the loaded demo, which the others read as loaded. */
async function onACopy(test: (db: Db) => Promise<void>) {
  const copy = await copyTestDatabase(database)
  try {
    await test(copy.db)
  } finally {
    await copy.drop()
  }
}

describe('anomalies on the demo data', () => {
  it('stores every injected incident with the right kind, month and function, and a cause in plain words', async () => {
    const stored = await anomalies()
    const expected = generateDataset(DEMO_SCENARIO, TODAY).incidents.filter(
      (incident) => !['traffic_growth', 'config_change'].includes(incident.kind),
    )
    expect(expected.map((incident) => incident.kind).sort()).toEqual([
      'error_spike',
      'retry_amplification',
      'throttle_spike',
      'timeout_amplification',
    ])
    for (const incident of expected) {
      const match = stored.find((row) => row.kind === incident.kind && row.name === incident.functionName)
      expect(match, `${incident.kind} on ${incident.functionName}`).toBeDefined()
      expect(match!.period_start.toISOString().slice(0, 7), incident.kind).toBe(incident.fromDay.slice(0, 7))
      expect(match!.period_start.toISOString().slice(0, 10) >= incident.fromDay).toBe(true)
      expect(match!.period_end.getTime(), incident.kind).toBeLessThanOrEqual(
        Date.parse(`${addDaysTo(incident.toDay, 1)}T00:00:00Z`),
      )
    }
    const retry = stored.find((row) => row.kind === 'retry_amplification')!
    expect(retry.explanation).toMatch(/each was attempted 3\.0×/)
    expect(retry.explanation).toMatch(/MaximumRetryAttempts = 2/)
    expect(retry.explanation).toMatch(/invocations were errors, [\d,]+ of them retries/)
    expect(Number(retry.impact_usd)).toBeGreaterThan(250)
    expect(stored.find((row) => row.kind === 'timeout_amplification')!.explanation).toMatch(
      /ran into the 15 min timeout .* and were retried/,
    )
    expect(stored.find((row) => row.kind === 'error_spike')!.explanation).toMatch(/failed .*34\.\d%/)
    expect(stored.find((row) => row.kind === 'throttle_spike')!.explanation).toMatch(
      /throttled .* reserved concurrency of 20/,
    )
    // On the bill's side, the Arm duration line of that account and region spiked, and says why.
    const usageType = stored.find((row) => row.usage_type === 'APN2-Lambda-GB-Second-ARM')!
    expect(usageType.period_start.toISOString().slice(0, 10)).toBe('2026-10-03')
    expect(usageType.explanation).toContain(
      'function anomalies on the same days: recommender-embed-user (retry amplification',
    )
    // The retry storm is also the largest anomaly of all, which is where an engineer starts.
    const timed = stored
      .filter((row) => row.kind !== 'config_risk')
      .sort((a, b) => Number(b.impact_usd) - Number(a.impact_usd))
    expect(timed[0]!.name).toBe('recommender-embed-user')
  })

  it('stores keep-warm days against the budget and suggests budgets for schedule-looking functions', async () => {
    const [october] = await database.db.$queryRawUnsafe<{ attempts: number; cost: string; days: number }[]>(
      `SELECT sum(k.ping_attempts)::float8 AS attempts, sum(k.ping_cost_usd)::text AS cost, count(*)::int AS days FROM keep_warm_daily k
       JOIN lambda_function f ON f.id = k.function_id WHERE f.name = 'recommender-embed-user' AND k.day BETWEEN '2026-10-03' AND '2026-10-31'`,
    )
    expect(october!.days).toBe(29)
    expect(october!.attempts).toBe(29 * 4320)
    expect(Number(october!.cost)).toBeGreaterThan(280)
    const suggestions = await database.db.$queryRawUnsafe<
      { name: string; interval_minutes: number; concurrency: number }[]
    >(
      'SELECT f.name, s.interval_minutes, s.concurrency FROM keep_warm_suggestion s JOIN lambda_function f ON f.id = s.function_id ORDER BY f.name',
    )
    expect(suggestions).toEqual(
      expect.arrayContaining([
        { name: 'dev-metadata-api', interval_minutes: 5, concurrency: 1 },
        { name: 'feature-flags-api', interval_minutes: 4, concurrency: 1 },
      ]),
    )
    expect(suggestions.map((s) => s.name)).not.toContain('recommender-embed-user')
  })

  it('groups the retry storm into one incident: retries, keep-warm overrun and the bill’s spikes, apart from the configuration risk', async () => {
    const stored = await anomalies()
    const retry = stored.find((row) => row.kind === 'retry_amplification')!
    const storm = stored.filter((row) => row.incident_id === retry.incident_id)
    expect(storm.map((row) => `${row.kind}:${row.name ?? row.usage_type}`).sort()).toEqual([
      'cost_spike:APN2-Lambda-GB-Second-ARM',
      'cost_spike:APN2-Lambda-Storage-GB-Second-ARM',
      'retry_amplification:recommender-embed-user',
      'warmup_budget_overrun:recommender-embed-user',
    ])
    const risk = stored.find((row) => row.kind === 'config_risk' && row.name === 'recommender-embed-user')!
    expect(risk.incident_id).not.toBe(retry.incident_id)
    // Every other story is its own incident: as many incidents as stories, none empty.
    const [counts] = await database.db.$queryRawUnsafe<{ incidents: number; empty: number }[]>(
      'SELECT count(*)::int AS incidents, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM anomaly a WHERE a.incident_id = i.id))::int AS empty FROM incident i',
    )
    expect(counts!.empty).toBe(0)
    expect(counts!.incidents).toBe(new Set(stored.map((row) => row.incident_id)).size)
    expect(counts!.incidents).toBe(stored.length - 3)
    // An incident is detected when its first anomaly was, by the server's clock (pinned in tests), not PostgreSQL's.
    const late = await database.db.$queryRawUnsafe<{ id: number }[]>(
      'SELECT i.id FROM incident i WHERE i.detected_at IS DISTINCT FROM (SELECT min(a.detected_at) FROM anomaly a WHERE a.incident_id = i.id)',
    )
    expect(late).toEqual([])
  })

  it('re-running detection changes nothing, keeps incidents and their acknowledgements, and removes only what is no longer detected', () =>
    onACopy(async (db) => {
      const before = await anomalies(db)
      const retry = before.find((row) => row.kind === 'retry_amplification')!
      await db.incident.update({
        where: { id: retry.incident_id },
        data: { status: 'acknowledged', statusBy: 'jiwon', statusReason: 'model file fixed', statusAt: clock.now() },
      })
      const ghost = await db.anomaly.create({
        data: {
          fingerprint: 'cost_spike|fn:ghost|2026-10-10',
          kind: 'cost_spike',
          accountId: '123456789012',
          periodStart: new Date('2026-10-10T00:00:00Z'),
          periodEnd: new Date('2026-10-11T00:00:00Z'),
          severity: 'low',
          impactUsd: '1',
          explanation: 'stale',
          evidence: {},
        },
      })
      await refreshDerivedData(db, { from: '2025-11-01', to: '2026-11-21' })
      const after = await anomalies(db)
      expect(
        after.map(({ id, fingerprint, impact_usd, explanation, incident_id }) => ({
          id,
          fingerprint,
          impact_usd,
          explanation,
          incident_id,
        })),
      ).toEqual(
        before.map(({ id, fingerprint, impact_usd, explanation, incident_id }) => ({
          id,
          fingerprint,
          impact_usd,
          explanation,
          incident_id,
        })),
      )
      expect(
        after.filter((row) => row.incident_id === retry.incident_id).every((row) => row.status === 'acknowledged'),
      ).toBe(true)
      expect(after.some((row) => row.id === ghost.id)).toBe(false)
      const summary = await detectAnomalies(db, { from: '2026-11-15', to: '2026-11-21' })
      expect(summary.removed).toBe(0)
      expect((await anomalies(db)).length).toBe(after.length)
    }))

  it('keeps an acknowledged incident’s record when its anomalies are no longer detected', () =>
    onACopy(async (db) => {
      const retry = (await anomalies(db)).find((row) => row.kind === 'retry_amplification')!
      await db.incident.update({
        where: { id: retry.incident_id },
        data: { status: 'acknowledged', statusBy: 'jiwon', statusReason: 'model file fixed', statusAt: clock.now() },
      })
      await db.$executeRawUnsafe(
        "UPDATE anomaly SET fingerprint = fingerprint || '|restated' WHERE incident_id = $1",
        retry.incident_id,
      )
      await detectAnomalies(db, { from: '2026-10-01', to: '2026-10-31' })
      const after = await anomalies(db)
      // The re-detected story is new anomalies; the acknowledged ones stay with their incident and its decision.
      expect(
        after
          .filter((row) => row.fingerprint.endsWith('|restated'))
          .every((row) => row.incident_id === retry.incident_id && row.status === 'acknowledged'),
      ).toBe(true)
      expect(after.filter((row) => row.incident_id === retry.incident_id).length).toBeGreaterThanOrEqual(4)
    }))
})
