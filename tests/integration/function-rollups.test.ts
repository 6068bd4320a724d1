// The monthly per-function rollups (function_cost_monthly) and the change decompositions stored per function and
// month (function_change_part) against a recomputation from the daily rows, after each kind of write that changes
// them: the demo's load (an ingestion of 13 months through the same writers and refresh), a restated day, a
// configuration change in the middle of a month, a keep-warm budget and the demo data's removal. The recomputation
// is independent SQL over function_cost_daily, function_metric_daily and keep_warm_daily for the rollups, and the
// decomposition of the daily rows themselves for the stored parts and the Overview's "Why AWS Lambda changed".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type IsoMonth, addMonthsTo, firstDayOf, lastDayOf } from '../../lib/domain/calendar'
import { emptyMetrics } from '../../lib/domain/metrics'
import { explainLambdaChange } from '../../lib/domain/insights/explain-lambda-change'
import { createBudgetBody } from '../../lib/schemas/budgets'
import { createBudget } from '../../lib/server/budgets/save-budget'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { removeDemoData } from '../../lib/server/demo/remove-demo-data'
import { ensureFunctionMonths } from '../../lib/server/derived/ensure-function-months'
import { refreshDerivedData } from '../../lib/server/derived/refresh-derived-data'
import { costRowsSql } from '../../lib/server/queries/cost-rows-sql'
import { type FunctionPeriodsRow, dailyPeriodsSql, decomposeRow } from '../../lib/server/queries/function-periods-sql'
import { getLambdaChange } from '../../lib/server/queries/get-lambda-change'
import { insertChangedConfigSnapshots } from '../../lib/server/repositories/write-config-snapshots'
import { upsertDailyMetrics } from '../../lib/server/repositories/write-function-metrics'
import { addFunction } from './helpers/add-function'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'
import type { Db } from '../../lib/server/db/prisma'

const TODAY = '2026-11-22'
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: TODAY })
}, 300_000)

afterAll(async () => {
  await database?.drop()
})

const COLUMNS = `days, days_with_invocations, requests, gb_seconds, run_seconds, request_cost_usd, duration_cost_usd, provisioned_cost_usd, storage_cost_usd,
  cost_usd, invocations, errors, async_events_received, async_events_dropped, memory_mb, architecture, max_retry_attempts, metric_invocations, metric_errors, keep_warm_cost_usd`

// Straight from the daily rows: each estimated day with the snapshot in force at its end, summed per month.
const RECOMPUTED = `
  WITH day_rows AS (
    SELECT c.function_id, c.day, c.requests, c.gb_seconds, c.gb_seconds * 1024 / s.memory_mb AS run_seconds, c.request_cost_usd, c.duration_cost_usd,
           c.provisioned_cost_usd, c.storage_cost_usd, c.cost_usd, coalesce(m.invocations, 0) AS invocations, coalesce(m.errors, 0) AS errors,
           coalesce(m.async_events_received, 0) AS received, coalesce(m.async_events_dropped, 0) AS dropped, s.memory_mb, s.architecture, s.max_retry_attempts
    FROM function_cost_daily c
    CROSS JOIN LATERAL (SELECT * FROM function_config_snapshot s WHERE s.function_id = c.function_id AND (s.valid_from AT TIME ZONE 'UTC')::date <= c.day
                        ORDER BY s.valid_from DESC LIMIT 1) s
    LEFT JOIN function_metric_daily m ON m.function_id = c.function_id AND m.day = c.day
  ), keys AS (
    SELECT function_id, date_trunc('month', day)::date AS month FROM function_cost_daily
    UNION SELECT function_id, date_trunc('month', day)::date FROM function_metric_daily
    UNION SELECT function_id, date_trunc('month', day)::date FROM keep_warm_daily
  )
  SELECT k.function_id, k.month,
         (SELECT count(*) FROM day_rows d WHERE d.function_id = k.function_id AND date_trunc('month', d.day) = k.month)::int AS days,
         (SELECT count(*) FROM day_rows d WHERE d.function_id = k.function_id AND date_trunc('month', d.day) = k.month AND d.requests > 0)::int AS days_with_invocations,
         e.requests, e.gb_seconds, e.run_seconds, e.request_cost_usd, e.duration_cost_usd, e.provisioned_cost_usd, e.storage_cost_usd, e.cost_usd,
         e.invocations, e.errors, e.received AS async_events_received, e.dropped AS async_events_dropped,
         last.memory_mb, last.architecture, last.max_retry_attempts,
         coalesce((SELECT sum(invocations) FROM function_metric_daily m WHERE m.function_id = k.function_id AND date_trunc('month', m.day) = k.month), 0) AS metric_invocations,
         coalesce((SELECT sum(errors) FROM function_metric_daily m WHERE m.function_id = k.function_id AND date_trunc('month', m.day) = k.month), 0) AS metric_errors,
         (SELECT sum(ping_cost_usd) FROM keep_warm_daily w WHERE w.function_id = k.function_id AND date_trunc('month', w.day) = k.month) AS keep_warm_cost_usd
  FROM keys k
  CROSS JOIN LATERAL (SELECT coalesce(sum(requests), 0) AS requests, coalesce(sum(gb_seconds), 0) AS gb_seconds, coalesce(sum(run_seconds), 0) AS run_seconds,
                             coalesce(sum(request_cost_usd), 0) AS request_cost_usd, coalesce(sum(duration_cost_usd), 0) AS duration_cost_usd,
                             coalesce(sum(provisioned_cost_usd), 0) AS provisioned_cost_usd, coalesce(sum(storage_cost_usd), 0) AS storage_cost_usd,
                             coalesce(sum(cost_usd), 0) AS cost_usd, coalesce(sum(invocations), 0) AS invocations, coalesce(sum(errors), 0) AS errors,
                             coalesce(sum(received), 0) AS received, coalesce(sum(dropped), 0) AS dropped
                      FROM day_rows d WHERE d.function_id = k.function_id AND date_trunc('month', d.day) = k.month) e
  LEFT JOIN LATERAL (SELECT memory_mb, architecture, max_retry_attempts FROM day_rows d WHERE d.function_id = k.function_id AND date_trunc('month', d.day) = k.month
                     ORDER BY d.day DESC LIMIT 1) last ON true`

/** Every stored rollup row equals the recomputation, value for value (numeric equality, not text), and none is missing. */
async function expectRollupsMatchDailyRows(db: Db): Promise<number> {
  const [counts] = await db.$queryRawUnsafe<{ stored: number; recomputed: number; differing: number }[]>(`
    WITH r AS (${RECOMPUTED})
    SELECT (SELECT count(*) FROM function_cost_monthly)::int AS stored, (SELECT count(*) FROM r)::int AS recomputed,
           (SELECT count(*) FROM r FULL JOIN function_cost_monthly s ON s.function_id = r.function_id AND s.month = r.month
            WHERE (r.function_id, r.month, ${prefixed('r')}) IS DISTINCT FROM (s.function_id, s.month, ${prefixed('s')}))::int AS differing`)
  expect(counts).toEqual({ stored: counts!.recomputed, recomputed: counts!.recomputed, differing: 0 })
  return counts!.recomputed
}

function prefixed(alias: string): string {
  return COLUMNS.split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ')
}

async function storedMonths(db: Db): Promise<IsoMonth[]> {
  const rows = await db.$queryRawUnsafe<{ month: IsoMonth }[]>(
    `SELECT DISTINCT to_char(month, 'YYYY-MM') AS month FROM function_cost_monthly ORDER BY 1`,
  )
  return rows.map((row) => row.month)
}

/** Each function's decomposition of the whole month before into `month`, from the daily rows. */
async function decomposedFromDays(db: Db, month: IsoMonth) {
  const previous = addMonthsTo(month, -1)
  const sql = dailyPeriodsSql(
    {
      previous: { from: firstDayOf(previous), to: lastDayOf(previous) },
      current: { from: firstDayOf(month), to: lastDayOf(month) },
    },
    {},
  )
  const rows = await db.$queryRawUnsafe<FunctionPeriodsRow[]>(sql.text, ...sql.values)
  return rows.map((row) => ({ functionId: row.id, name: row.name, decomposition: decomposeRow(row) }))
}

/** For every month with rollups and the one after: the stored parts are the daily rows' decomposition, part for part. */
async function expectStoredChangesMatchDailyRows(db: Db): Promise<number> {
  const months = await storedMonths(db)
  let compared = 0
  for (const month of [...months, addMonthsTo(months[months.length - 1]!, 1)]) {
    const expected = (await decomposedFromDays(db, month))
      .flatMap(({ functionId, decomposition }) =>
        decomposition.parts.map((part) => ({ functionId, driver: part.driver, usd: part.usd })),
      )
      .sort((a, b) => a.functionId - b.functionId || a.driver.localeCompare(b.driver))
    const stored = await db.$queryRawUnsafe<{ functionId: number; driver: string; usd: string }[]>(
      `SELECT function_id AS "functionId", driver, usd FROM function_change_part WHERE month = $1::date ORDER BY function_id, driver COLLATE "C"`,
      firstDayOf(month),
    )
    expect(stored, month).toEqual(expected)
    compared += stored.length
  }
  return compared
}

async function expectEverythingMatches(db: Db = database.db) {
  expect(await expectRollupsMatchDailyRows(db)).toBeGreaterThan(0)
  expect(await expectStoredChangesMatchDailyRows(db)).toBeGreaterThan(0)
}

/** A function outside the demo's accounts (it outlives the demo data), three months of steady traffic. */
async function addOwnFunction(db: Db, name: string) {
  await db.awsAccount.upsert({
    where: { id: '999999999999' },
    create: { id: '999999999999', name: 'rollup-test' },
    update: {},
  })
  return addFunction(db, {
    accountId: '999999999999',
    region: 'us-east-1',
    name,
    memoryMb: 1024,
    architecture: 'x86_64',
    from: '2026-08-01',
    to: '2026-10-31',
    invocationsPerDay: 5_000,
    durationMs: 80,
  })
}

describe('monthly rollups and stored change decompositions', () => {
  it('equal the daily rows after the demo data (13 months) was loaded', async () => {
    await expectEverythingMatches()
  })

  it("give the Overview's 'Why AWS Lambda changed' of a complete month exactly as decomposing every function's days", async () => {
    for (const month of ['2026-10', '2026-07', '2025-12'] as IsoMonth[]) {
      const stored = await getLambdaChange(database.db, { month })
      expect(stored.comparedWith).toBe('previous_month')
      const fromDays = await decomposedFromDays(database.db, month)
      expect(stored).toEqual({
        ...explainLambdaChange(fromDays),
        month,
        comparedWith: 'previous_month',
        functions: fromDays.length,
      })
      expect(stored.drivers.length).toBeGreaterThan(0)
    }
  })

  it('answer costs by function over whole months exactly as the daily estimates do (per month, and summed whole)', async () => {
    const request = { from: '2025-12-01', to: '2026-10-31', filters: {} } as const
    const sortRows = (rows: Record<string, unknown>[]) => rows.map((row) => JSON.stringify(row)).sort()
    const perMonth = costRowsSql({ ...request, granularity: 'monthly', groupBy: ['function', 'account'] })
    expect(perMonth.text).toContain('function_cost_monthly')
    expect(sortRows(await database.db.$queryRawUnsafe(perMonth.text, ...perMonth.values))).toEqual(
      sortRows(
        await database.db.$queryRawUnsafe(
          `SELECT to_char(date_trunc('month', c.day), 'YYYY-MM-DD') AS period_start, f.arn AS d0, f.name AS function_name, f.account_id AS function_account_id, f.account_id AS d1, sum(c.cost_usd)::text AS cost
           FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id WHERE c.day BETWEEN $1::date AND $2::date GROUP BY 1, 2, 3, 4, 5`,
          request.from,
          request.to,
        ),
      ),
    )
    const whole = costRowsSql({ ...request, groupBy: ['function'] })
    expect(whole.text).toContain('function_cost_monthly')
    expect(sortRows(await database.db.$queryRawUnsafe(whole.text, ...whole.values))).toEqual(
      sortRows(
        await database.db.$queryRawUnsafe(
          `SELECT f.arn AS d0, f.name AS function_name, f.account_id AS function_account_id, sum(c.cost_usd)::text AS cost FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id
           WHERE c.day BETWEEN $1::date AND $2::date GROUP BY 1, 2, 3`,
          request.from,
          request.to,
        ),
      ),
    )
  })

  it('follow a restated day: its month and the next month’s change are rebuilt', async () => {
    const [fn] = await database.db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT id FROM lambda_function ORDER BY id LIMIT 1`,
    )
    const before = await database.db.$queryRawUnsafe<{ cost: string }[]>(
      `SELECT cost_usd::text AS cost FROM function_cost_monthly WHERE function_id = $1 AND month = '2026-09-01'`,
      fn!.id,
    )
    await upsertDailyMetrics(database.db, [
      {
        ...emptyMetrics(),
        functionId: fn!.id,
        day: '2026-09-15',
        invocations: 5_000_000,
        errors: 40_000,
        durationSumMs: 5_000_000 * 900,
        durationAvgMs: 900,
        asyncEventsReceived: 2_000_000,
        asyncEventsDropped: 1_000,
      },
    ])
    await refreshDerivedData(database.db, { from: '2026-09-15', to: '2026-09-15' })
    const after = await database.db.$queryRawUnsafe<{ cost: string }[]>(
      `SELECT cost_usd::text AS cost FROM function_cost_monthly WHERE function_id = $1 AND month = '2026-09-01'`,
      fn!.id,
    )
    expect(after[0]!.cost).not.toBe(before[0]!.cost)
    await expectEverythingMatches()
  })

  it('follow a configuration change in the middle of a month (two memories in one month)', async () => {
    const [snapshot] = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(
      // A function with no deploy after September that ran on October's last day.
      `SELECT s.* FROM function_config_snapshot s
       WHERE s.valid_from < '2026-10-01' AND NOT EXISTS (SELECT 1 FROM function_config_snapshot t WHERE t.function_id = s.function_id AND t.valid_from > s.valid_from)
         AND EXISTS (SELECT 1 FROM function_cost_daily c WHERE c.function_id = s.function_id AND c.day = '2026-10-31')
       ORDER BY s.function_id LIMIT 1`,
    )
    const functionId = snapshot!.function_id as number
    await insertChangedConfigSnapshots(database.db, [
      {
        functionId,
        validFrom: new Date('2026-10-12T08:30:00Z'),
        memoryMb: (snapshot!.memory_mb as number) * 2,
        architecture: snapshot!.architecture as 'arm64' | 'x86_64',
        timeoutSeconds: snapshot!.timeout_seconds as number,
        runtime: snapshot!.runtime as string,
        packageType: 'Zip',
        ephemeralStorageMb: snapshot!.ephemeral_storage_mb as number,
        maxRetryAttempts: 1,
        maxEventAgeSeconds: snapshot!.max_event_age_seconds as number,
        provisionedConcurrency: snapshot!.provisioned_concurrency as number,
        reservedConcurrency: null,
        hasFailureDestination: false,
        configHash: 'rollup-test-memory-doubled',
      },
    ])
    await refreshDerivedData(database.db, { from: '2026-10-12', to: TODAY, functionIds: [functionId] })
    const [october] = await database.db.$queryRawUnsafe<{ memory_mb: number; max_retry_attempts: number }[]>(
      `SELECT memory_mb, max_retry_attempts FROM function_cost_monthly WHERE function_id = $1 AND month = '2026-10-01'`,
      functionId,
    )
    expect(october).toEqual({ memory_mb: (snapshot!.memory_mb as number) * 2, max_retry_attempts: 1 })
    await expectEverythingMatches()
  })

  it('follow a keep-warm budget: the pings it counts change the stored decompositions', async () => {
    const fn = await addOwnFunction(database.db, 'rollup-keep-warm')
    const drivers = () =>
      database.db.$queryRawUnsafe<{ driver: string }[]>(
        `SELECT DISTINCT driver FROM function_change_part WHERE function_id = $1 ORDER BY 1`,
        fn.id,
      )
    expect(await drivers()).not.toContainEqual({ driver: 'keep_warm' })
    await createBudget(
      database.db,
      createBudgetBody.parse({ functionId: fn.id, intervalMinutes: 5, concurrency: 1, pingDurationMs: 60 }),
    )
    // September has a day less than August and October: as many pings less, now that the schedule is known.
    expect(await drivers()).toContainEqual({ driver: 'keep_warm' })
    await expectEverythingMatches()
  })

  it('are built once at start-up for a database upgraded from a version without them', async () => {
    await database.db.$executeRawUnsafe('DELETE FROM function_change_part')
    await database.db.$executeRawUnsafe('DELETE FROM function_cost_monthly')
    const lines: string[] = []
    await ensureFunctionMonths(database.url, (line) => lines.push(line))
    expect(lines.join('\n')).toMatch(/^Building the monthly per-function rollups for 2025-/)
    await expectEverythingMatches()
    // Once: a database that has them is left as it is.
    await ensureFunctionMonths(database.url, (line) => lines.push(line))
    expect(lines).toHaveLength(2)
  })

  it('lose the demo functions with the demo data and keep the others', async () => {
    const own = await createTestDatabase()
    try {
      await loadDemoData(own.db, { today: TODAY })
      await addOwnFunction(own.db, 'rollup-survivor')
      await removeDemoData(own.db)
      const remaining = await own.db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT DISTINCT f.name FROM function_cost_monthly r JOIN lambda_function f ON f.id = r.function_id`,
      )
      expect(remaining).toEqual([{ name: 'rollup-survivor' }])
      expect(
        await own.db.$queryRawUnsafe(
          `SELECT DISTINCT f.name FROM function_change_part p JOIN lambda_function f ON f.id = p.function_id`,
        ),
      ).toEqual([{ name: 'rollup-survivor' }])
      await expectEverythingMatches(own.db)
    } finally {
      await own.drop()
    }
  }, 300_000)
})
