// The incidents migration on a database that already has anomalies, decisions about them and alerts sent: nothing
// people decided or were told is lost. Each anomaly becomes an incident of its own (same id, same status, who and
// why), deliveries follow, configuration risks' worst case becomes exposure; the next regrouping then merges the
// retry storm's incidents into its root cause's, keeping its acknowledgement and the alert already sent.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultMigrationsDir, runMigrations } from '../../lib/server/db/run-migrations'
import { regroupIncidents } from '../../lib/server/derived/regroup-incidents'
import type { Executor } from '../../lib/server/stored/function-histories'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

const MIGRATION = readdirSync(defaultMigrationsDir()).find((name) => name.endsWith('_incidents'))!
let database: TestDatabase
let before: string
let client: pg.Client

const rows = async <T>(sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows as T[]

beforeAll(async () => {
  database = await createTestDatabase({ empty: true })
  before = mkdtempSync(path.join(os.tmpdir(), 'finops-before-incidents-'))
  for (const name of readdirSync(defaultMigrationsDir()).filter((entry) => entry < MIGRATION))
    cpSync(path.join(defaultMigrationsDir(), name), path.join(before, name), { recursive: true })
  await runMigrations(database.url, { migrationsDir: before })
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
  await client.query(`INSERT INTO aws_account (id, name) VALUES ('123456789012', 'production');
    INSERT INTO region (code, name, billing_prefix) VALUES ('ap-northeast-2', 'Asia Pacific (Seoul)', 'APN2');
    INSERT INTO lambda_function (id, account_id, region, name, arn) VALUES (7, '123456789012', 'ap-northeast-2', 'recommender-embed-user', 'arn:aws:lambda:ap-northeast-2:123456789012:function:recommender-embed-user')`)
  const anomaly = (
    id: number,
    kind: string,
    fn: number | null,
    usageType: string | null,
    severity: string,
    impact: string,
    evidence: object,
    status = 'open',
    by: string | null = null,
  ) =>
    client.query(
      `INSERT INTO anomaly (id, fingerprint, kind, account_id, function_id, region, service, usage_type, period_start, period_end, severity, impact_usd, explanation, evidence, status, status_by, status_reason, status_at)
       VALUES ($1, $2, $3, '123456789012', $4, 'ap-northeast-2', 'AWS Lambda', $5, $6, $7, $8, $9, 'as detected', $10, $11, $12, $13, $14)`,
      [
        id,
        `${kind}|${id}`,
        kind,
        fn,
        usageType,
        kind === 'config_risk' ? '2026-01-01T00:00:00Z' : '2026-10-03T00:00:00Z',
        kind === 'config_risk' ? '2026-11-22T00:00:00Z' : '2026-11-01T00:00:00Z',
        severity,
        impact,
        JSON.stringify(evidence),
        status,
        by,
        by ? 'model file trimmed' : null,
        by ? new Date('2026-11-20T09:00:00Z') : null,
      ],
    )
  await anomaly(1, 'warmup_budget_overrun', 7, null, 'critical', '291.78', {})
  await anomaly(2, 'retry_amplification', 7, null, 'critical', '293.7412', {}, 'acknowledged', 'jiwon')
  await anomaly(3, 'cost_spike', null, 'APN2-Lambda-GB-Second-ARM', 'critical', '282.8', {})
  await anomaly(4, 'config_risk', 7, null, 'high', '1024.13', {})
  await anomaly(5, 'error_spike', 7, null, 'high', '0.01', { errorRatePct: 34.2 })
  await client.query(`INSERT INTO alert_rule (id, name, format, webhook_url) VALUES (1, 'on-call', 'slack', 'https://hooks.example.com/x');
    INSERT INTO alert_delivery (rule_id, anomaly_id, status, attempts, delivered_at) VALUES (1, 1, 'delivered', 1, now())`)
  await runMigrations(database.url)
}, 120_000)

afterAll(async () => {
  await client?.end()
  await database?.drop()
  rmSync(before, { recursive: true, force: true })
})

describe('the incidents migration', () => {
  it('makes each anomaly an incident of its own, keeping its status with who and why, and its alerts', async () => {
    expect(
      await rows(
        'SELECT a.id, a.incident_id, i.status::text, i.status_by, i.status_reason FROM anomaly a JOIN incident i ON i.id = a.incident_id ORDER BY a.id',
      ),
    ).toEqual([
      { id: 1, incident_id: 1, status: 'open', status_by: null, status_reason: null },
      { id: 2, incident_id: 2, status: 'acknowledged', status_by: 'jiwon', status_reason: 'model file trimmed' },
      { id: 3, incident_id: 3, status: 'open', status_by: null, status_reason: null },
      { id: 4, incident_id: 4, status: 'open', status_by: null, status_reason: null },
      { id: 5, incident_id: 5, status: 'open', status_by: null, status_reason: null },
    ])
    expect(await rows('SELECT rule_id, incident_id, status FROM alert_delivery')).toEqual([
      { rule_id: 1, incident_id: 1, status: 'delivered' },
    ])
    // New incidents get ids after the ones carried over.
    expect(await rows("INSERT INTO incident (account_id) VALUES ('123456789012') RETURNING id")).toEqual([{ id: 6 }])
    await client.query('DELETE FROM incident WHERE id = 6')
  })

  it('moves a configuration risk’s worst case to exposure, and applies the severity rule to risks and cheap failures', async () => {
    expect(
      await rows(
        'SELECT id, severity, impact_usd::text, exposure_usd::text FROM anomaly WHERE id IN (4, 5) ORDER BY id',
      ),
    ).toEqual([
      { id: 4, severity: 'medium', impact_usd: '0.0000000000', exposure_usd: '1024.1300000000' },
      { id: 5, severity: 'medium', impact_usd: '0.0100000000', exposure_usd: null },
    ])
  })

  it('then regroups the storm into its root cause’s incident: the acknowledgement stands and the alert is not sent again', async () => {
    // In a transaction rolled back afterwards, so the other tests see the migration's result in any order.
    await client.query('BEGIN')
    try {
      await regroupIncidents(inTransaction, ['123456789012'], new Date('2026-11-22T06:00:00Z'))
      await expectTheStormRegrouped()
    } finally {
      await client.query('ROLLBACK')
    }
  })

  it('keeps one subject per delivery', async () => {
    await expect(client.query('INSERT INTO alert_delivery (rule_id) VALUES (1)')).rejects.toThrow(
      /alert_delivery_one_subject/,
    )
  })
})

/** The regrouping's statements on the test's own connection, inside its transaction. */
const inTransaction: Executor = {
  $queryRawUnsafe: async <T>(sql: string, ...values: unknown[]) => (await client.query(sql, values)).rows as T,
  $executeRawUnsafe: async (sql: string, ...values: unknown[]) => (await client.query(sql, values)).rowCount ?? 0,
} as Executor

async function expectTheStormRegrouped() {
  const grouped = await rows<{ id: number; incident_id: number }>('SELECT id, incident_id FROM anomaly ORDER BY id')
  expect(grouped.filter((row) => [1, 2, 3, 5].includes(row.id)).map((row) => row.incident_id)).toEqual([2, 2, 2, 2])
  expect(grouped.find((row) => row.id === 4)!.incident_id).toBe(4)
  expect(await rows('SELECT id, status::text FROM incident ORDER BY id')).toEqual([
    { id: 2, status: 'acknowledged' },
    { id: 4, status: 'open' },
  ])
  expect(await rows('SELECT rule_id, incident_id, status FROM alert_delivery')).toEqual([
    { rule_id: 1, incident_id: 2, status: 'delivered' },
  ])
}
