// Ingestion end to end: real SDK clients → the local fake AWS (multi-page answers everywhere) → PostgreSQL.
// The fake account is generated from the scenario language, so what AWS "reports" is known exactly.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDaysTo, dateToDay } from '../../lib/domain/calendar'
import type { DatasetCostLine } from '../../lib/domain/demo/generate-dataset'
import { sum, toDecimal } from '../../lib/domain/money'
import { TEST_PRODUCTION } from '../support/fake-aws/test-scenario'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { fingerprint } from './helpers/table-fingerprint'
import { emptyTables } from './helpers/test-database'

let h: Harness
let reported: DatasetCostLine[]

beforeAll(async () => {
  h = await startHarness({ pageSizes: { costGroups: 25, functions: 2, datapoints: 1_000 } })
  reported = h.fake.account.costLines
})

// Each test starts from an empty database and an account reporting its scenario as generated, no call made yet.
beforeEach(async () => {
  await emptyTables(h.database.db)
  h.fake.account.costLines = reported
  h.fake.calls.length = 0
})

const ingestEverything = () =>
  h.ingest({ window: { from: h.fake.account.dataset.firstDay, to: h.fake.account.dataset.lastDay } })

afterAll(async () => {
  await h?.close()
})

type StoredLine = {
  day: Date
  account_id: string
  service: string
  usage_type: string
  region: string
  record_type: string
  unblended_cost: string
  amortized_cost: string
  usage_quantity: string
  estimated: boolean
}

async function storedLines(): Promise<Map<string, StoredLine>> {
  const rows = await h.database.db.$queryRaw<StoredLine[]>`
    SELECT day, account_id, service, usage_type, region, record_type, unblended_cost::text, amortized_cost::text, usage_quantity::text, estimated FROM cost_line_item`
  return new Map(rows.map((row) => [`${dateToDay(row.day)}|${row.account_id}|${row.service}|${row.usage_type}`, row]))
}

function expectSameLines(stored: Map<string, StoredLine>, expected: DatasetCostLine[]) {
  expect(stored.size).toBe(expected.length)
  for (const line of expected) {
    const row = stored.get(`${line.day}|${line.accountId}|${line.service}|${line.usageType}`)
    expect(row, `${line.day} ${line.usageType}`).toBeDefined()
    expect(
      toDecimal(row!.unblended_cost).equals(line.unblendedCost),
      `${line.day} ${line.usageType} ${row!.unblended_cost} vs ${line.unblendedCost}`,
    ).toBe(true)
    expect(toDecimal(row!.amortized_cost).equals(line.amortizedCost)).toBe(true)
    expect(toDecimal(row!.usage_quantity).equals(line.usageQuantity)).toBe(true)
    expect(row!.estimated).toBe(line.estimated)
    expect(row!.region).toBe(line.region)
    expect(row!.record_type).toBe('Usage')
  }
}

/** Cost Explorer's amounts carry at most 10 decimals. */
const restated = (amount: string) => toDecimal(amount).times('1.1').toDecimalPlaces(10).toFixed()

describe('ingesting a simulated AWS account', () => {
  it('stores costs, configuration and metrics exactly as AWS reports them, paging through every API', async () => {
    const { dataset } = h.fake.account
    const outcome = await ingestEverything()
    expect(outcome.error).toBeNull()
    expect(outcome.status).toBe('succeeded')

    // Cost Explorer: every line of both accounts, exact decimals, the estimated flag kept.
    expectSameLines(await storedLines(), h.fake.account.costLines)
    const [total] = await h.database.db.$queryRaw<
      { total: string }[]
    >`SELECT sum(unblended_cost)::text AS total FROM cost_line_item`
    expect(toDecimal(total!.total).equals(sum(dataset.costLines.map((line) => line.unblendedCost)))).toBe(true)
    const accounts = await h.database.db.awsAccount.findMany({ orderBy: { id: 'asc' } })
    expect(accounts.map((a) => [a.id, a.name, a.isDemo])).toEqual([
      ['111111111111', 'test-production', false],
      ['222222222222', 'test-development', false],
    ])

    // Lambda: the caller's (production) functions with the configuration in force today.
    const functions = await h.database.db.lambdaFunction.findMany({
      include: { configs: true },
      orderBy: { name: 'asc' },
    })
    expect(functions.map((fn) => `${fn.region}/${fn.name}`)).toEqual([
      'us-east-1/cache-warmer',
      'ap-northeast-2/checkout-api',
      'us-east-1/nightly-report',
      'ap-northeast-2/orders-api',
    ])
    const config = (name: string) => functions.find((fn) => fn.name === name)!.configs
    expect(config('orders-api')).toHaveLength(1)
    expect(config('orders-api')[0]).toMatchObject({ memoryMb: 1024, architecture: 'arm64', runtime: 'nodejs22.x' })
    expect(config('checkout-api')[0]).toMatchObject({
      provisionedConcurrency: 2,
      reservedConcurrency: 50,
      maxRetryAttempts: 2,
    })
    expect(config('nightly-report')[0]).toMatchObject({
      maxRetryAttempts: 0,
      hasFailureDestination: true,
      timeoutSeconds: 600,
    })
    expect(config('cache-warmer')[0]!.validFrom).toEqual(new Date(`${dataset.firstDay}T00:00:00Z`))
    const hashes = new Map(dataset.configs.map((c) => [c.functionKey, c.configHash]))
    for (const fn of functions)
      expect(fn.configs[0]!.configHash).toBe(hashes.get(`${fn.accountId}/${fn.region}/${fn.name}`))

    // CloudWatch: daily rows for every day a function ran, hourly rows for the last 14 days.
    const production = new Set(dataset.functions.filter((fn) => fn.accountId === TEST_PRODUCTION).map((fn) => fn.key))
    const expectedDaily = dataset.dailyMetrics.filter((row) => production.has(row.functionKey))
    const daily = await h.database.db.$queryRaw<
      {
        key: string
        day: Date
        invocations: number
        duration_sum_ms: number
        duration_p99_ms: number | null
        errors: number
      }[]
    >`
      SELECT f.account_id || '/' || f.region || '/' || f.name AS key, m.day, m.invocations, m.duration_sum_ms, m.duration_p99_ms, m.errors
      FROM function_metric_daily m JOIN lambda_function f ON f.id = m.function_id`
    expect(daily).toHaveLength(expectedDaily.length)
    const byKey = new Map(daily.map((row) => [`${row.key}|${dateToDay(row.day)}`, row]))
    for (const row of expectedDaily) {
      expect(byKey.get(`${row.functionKey}|${row.day}`)).toMatchObject({
        invocations: row.invocations,
        duration_sum_ms: row.durationSumMs,
        duration_p99_ms: row.durationP99Ms,
        errors: row.errors,
      })
    }
    const hourlyFrom = addDaysTo(h.today, -14)
    const expectedHourly = dataset.hourlyMetrics.filter(
      (row) => production.has(row.functionKey) && row.hour >= `${hourlyFrom}T00:00:00.000Z`,
    )
    const [hourly] = await h.database.db.$queryRaw<
      { n: number; invocations: number }[]
    >`SELECT count(*)::int AS n, sum(invocations) AS invocations FROM function_metric_hourly`
    expect(hourly!.n).toBe(expectedHourly.length)
    expect(hourly!.invocations).toBe(expectedHourly.reduce((n, row) => n + row.invocations, 0))

    // Derived data is up to date without a further command.
    const [estimates] = await h.database.db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM function_cost_daily`
    expect(estimates!.n).toBeGreaterThanOrEqual(expectedDaily.length)

    // The run log: every call counted and priced; multi-page answers were followed.
    const run = await h.database.db.ingestionRun.findUniqueOrThrow({ where: { id: outcome.id } })
    // Every request counts, including the 404 Lambda answers for functions without an event invoke configuration.
    expect(run.apiCalls).toBe(h.fake.calls.length)
    const ceCalls = h.fake.calls.filter((call) => call.service === 'ce').length
    expect(ceCalls).toBeGreaterThan(1 + 2 * 2)
    expect(outcome.progress!.costs.calls).toBe(ceCalls)
    const expectedCost = toDecimal('0.01')
      .times(ceCalls)
      .plus(toDecimal('0.00001').times(outcome.progress!.metrics.metricsRequested))
    expect(toDecimal(run.apiCostUsd.toString()).equals(expectedCost)).toBe(true)
    expect(run).toMatchObject({ status: 'succeeded', error: null })
    expect(run.finishedAt).not.toBeNull()
    expect(outcome.progress).toMatchObject({
      phase: 'done',
      costs: { pieces: 2, piecesDone: 2, accounts: 2 },
      lambda: { functions: 4, regions: ['ap-northeast-2', 'us-east-1'] },
      metrics: { pieces: 2, piecesDone: 2 },
    })
    expect(
      h.fake.calls.filter((call) => call.service === 'lambda' && call.operation.startsWith('GET /2015-03-31/functions'))
        .length,
    ).toBeGreaterThanOrEqual(2)
  })

  it('re-ingesting the same window leaves the database exactly as one ingest did', async () => {
    expect((await ingestEverything()).status).toBe('succeeded')
    const before = await fingerprint(h.database.db)
    const outcome = await ingestEverything()
    expect(outcome.status).toBe('succeeded')
    expect(await fingerprint(h.database.db)).toEqual(before)
  })

  it('overwrites estimated days when Cost Explorer restates them, and removes a group it no longer reports', async () => {
    expect((await ingestEverything()).status).toBe('succeeded')
    const cutoff = addDaysTo(h.today, -3)
    const dropped = h.fake.account.costLines.find((line) => line.estimated && line.service === 'AWS Lambda')!
    h.fake.account.costLines = h.fake.account.costLines
      .filter((line) => line !== dropped)
      .map((line) =>
        line.estimated
          ? {
              ...line,
              unblendedCost: restated(line.unblendedCost),
              amortizedCost: restated(line.amortizedCost),
              estimated: line.day >= cutoff,
            }
          : line,
      )
    // An incremental run: the window reaches back to the earliest day still marked estimated.
    const outcome = await h.ingest()
    expect(outcome.status).toBe('succeeded')
    expect(outcome.progress!.incremental).toBe(true)
    const firstEstimated = h.fake.account.dataset.costLines
      .filter((line) => line.estimated)
      .map((line) => line.day)
      .sort()[0]!
    expect(outcome.progress!.windows.costs).toEqual({
      from: firstEstimated < addDaysTo(h.today, -3) ? firstEstimated : addDaysTo(h.today, -3),
      to: addDaysTo(h.today, -1),
    })
    expect(outcome.progress!.costs.removed).toBe(1)
    const stored = await storedLines()
    expect(stored.has(`${dropped.day}|${dropped.accountId}|${dropped.service}|${dropped.usageType}`)).toBe(false)
    expectSameLines(stored, h.fake.account.costLines)
  })
})
