import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { sum, toDecimal } from '../../lib/domain/money'
import { lambdaChangeResponse, overviewResponse } from '../../lib/schemas/overview'
import { createPrismaClient } from '../../lib/server/db/prisma'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { rebuildFunctionMonths } from '../../lib/server/derived/rebuild-function-months'
import { checkHealth, DATABASE_DOWN_MESSAGE } from '../../lib/server/queries/check-health'
import { getLambdaChange } from '../../lib/server/queries/get-lambda-change'
import { getOverview } from '../../lib/server/queries/get-overview'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: '2026-11-22' })
})

afterAll(async () => {
  await database?.drop()
})

describe('overview query on the demo data', () => {
  it('defaults to the last complete month and matches the documented response schema', async () => {
    const overview = await getOverview(database.db, {})
    expect(overviewResponse.parse(overview)).toEqual(overview)
    expect(overview.month).toBe('2026-10')
    expect(overview.isPartialMonth).toBe(false)
    expect(overview.availableMonths).toHaveLength(13)
  })

  it('adds up: trend total = month total, Lambda categories = Lambda total, change = current − previous', async () => {
    const overview = await getOverview(database.db, { month: '2026-10' })
    const last = overview.trend.rows.at(-1)!
    expect(last.totalUsd).toBe(overview.total.currentUsd)
    expect(sum(Object.values(last.byService)).toFixed()).toBe(toDecimal(last.totalUsd).toFixed())
    expect(sum(overview.lambdaByCategory.map((c) => c.costUsd)).toFixed()).toBe(toDecimal(overview.lambdaUsd).toFixed())
    expect(toDecimal(overview.total.currentUsd).minus(overview.total.previousUsd).toFixed()).toBe(
      toDecimal(overview.total.changeUsd).toFixed(),
    )
    expect(overview.trend.rows.at(-2)!.totalUsd).toBe(overview.total.previousUsd)
    expect(overview.lambdaByCategory.map((c) => c.category)).toEqual(
      expect.arrayContaining(['requests', 'duration', 'provisioned_concurrency']),
    )
  })

  it('ranks the five most expensive functions, the retry-amplified model function first', async () => {
    const overview = await getOverview(database.db, { month: '2026-10' })
    expect(overview.topFunctions).toHaveLength(5)
    expect(overview.topFunctions[0]!.name).toBe('recommender-embed-user')
    const costs = overview.topFunctions.map((f) => Number(f.costUsd))
    expect([...costs].sort((a, b) => b - a)).toEqual(costs)
  })

  it('compares a month in progress with the same days of the previous month', async () => {
    const overview = await getOverview(database.db, { month: '2026-11' })
    expect(overview.isPartialMonth).toBe(true)
    expect(overview.total.comparedWith).toBe('same_days_of_previous_month')
    expect(overview.estimatedDays).toBe(21)
    const [row] = await database.db.$queryRaw<{ total: string }[]>`
      SELECT sum(unblended_cost)::text AS total FROM cost_line_item WHERE day BETWEEN '2026-10-01' AND '2026-10-21'`
    expect(toDecimal(overview.total.previousUsd).toFixed()).toBe(toDecimal(row!.total).toFixed())
  })

  it('answers for a month without data with zeros, not an error', async () => {
    const overview = await getOverview(database.db, { month: '2024-01' })
    expect(overview.total.currentUsd).toBe('0')
    expect(overview.topFunctions).toEqual([])
  })
})

describe('why Lambda changed', () => {
  it('reads the retry-amplification month as keep-warm (its retries repeat failed keep-warm pings), from the model function, adding up exactly', async () => {
    const change = await getLambdaChange(database.db, { month: '2026-10' })
    expect(lambdaChangeResponse.parse(change)).toEqual(change)
    expect(change.drivers[0]!.driver).toBe('keep_warm')
    expect(change.drivers[0]!.functions[0]!.name).toBe('recommender-embed-user')
    expect(Number(change.drivers[0]!.usd)).toBeGreaterThan(150)
    expect(sum(change.drivers.map((d) => d.usd)).toFixed()).toBe(toDecimal(change.changeUsd).toFixed())
    // The cost model reproduces every demo function's stored estimates: no change is left unexplained.
    expect(change.drivers.map((d) => d.driver)).not.toContain('unexplained')
    const [row] = await database.db.$queryRaw<{ previous: string; current: string }[]>`
      SELECT coalesce(sum(cost_usd) FILTER (WHERE day BETWEEN '2026-09-01' AND '2026-09-30'), 0)::text AS previous,
             coalesce(sum(cost_usd) FILTER (WHERE day BETWEEN '2026-10-01' AND '2026-10-31'), 0)::text AS current
      FROM function_cost_daily`
    expect(toDecimal(change.previousUsd).toFixed()).toBe(toDecimal(row!.previous).toFixed())
    expect(toDecimal(change.currentUsd).toFixed()).toBe(toDecimal(row!.current).toFixed())
  })

  it('reads the month after as the fix: retried pings going away', async () => {
    const change = await getLambdaChange(database.db, { month: '2026-11' })
    expect(change.comparedWith).toBe('same_days_of_previous_month')
    expect(change.drivers[0]!.driver).toBe('keep_warm')
    expect(change.drivers[0]!.usd.startsWith('-')).toBe(true)
  })
})

describe('a stored estimate the cost model does not reproduce', () => {
  it('is shown whole as "Not explained" for its function, not split into causes that do not add up', async () => {
    const [fn] = await database.db.$queryRaw<{ id: number }[]>`SELECT id FROM lambda_function WHERE name = 'orders-api'`
    // One day's total no longer equals its requests, duration and provisioned parts.
    await database.db
      .$executeRaw`UPDATE function_cost_daily SET cost_usd = cost_usd + 1 WHERE function_id = ${fn!.id} AND day = '2026-10-15'`
    // As every write of daily rows does, the month's rollup and stored decompositions follow.
    const refreshMonths = () =>
      rebuildFunctionMonths(database.db, { from: '2026-10-15', to: '2026-10-15', functionIds: [fn!.id] })
    await refreshMonths()
    try {
      const change = await getLambdaChange(database.db, { month: '2026-10' })
      const [own] = await database.db.$queryRaw<{ change: string }[]>`
        SELECT (coalesce(sum(cost_usd) FILTER (WHERE day BETWEEN '2026-10-01' AND '2026-10-31'), 0)
              - coalesce(sum(cost_usd) FILTER (WHERE day BETWEEN '2026-09-01' AND '2026-09-30'), 0))::text AS change
        FROM function_cost_daily WHERE function_id = ${fn!.id}`
      const unexplained = change.drivers.find((d) => d.driver === 'unexplained')!
      expect(unexplained).toMatchObject({
        label: 'Not explained',
        usd: toDecimal(own!.change).toFixed(),
        functions: [{ functionId: fn!.id, name: 'orders-api' }],
      })
      expect(sum(change.drivers.map((d) => d.usd)).toFixed()).toBe(toDecimal(change.changeUsd).toFixed())
    } finally {
      await database.db
        .$executeRaw`UPDATE function_cost_daily SET cost_usd = cost_usd - 1 WHERE function_id = ${fn!.id} AND day = '2026-10-15'`
      await refreshMonths()
    }
  })
})

describe('health', () => {
  it('reports the database up, and down when it cannot be reached without saying where it is', async () => {
    expect(await checkHealth(() => database.db)).toMatchObject({ status: 'ok', database: { status: 'up' } })
    const unreachable = createPrismaClient('postgresql://nobody:nothing@127.0.0.9:1/none')
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const down = await checkHealth(() => unreachable)
    expect(down).toMatchObject({ status: 'unavailable', database: { status: 'down', message: DATABASE_DOWN_MESSAGE } })
    expect(JSON.stringify(down)).not.toMatch(/127\.0\.0\.9|:1\b|nobody|none/)
    // The cause is for the operator, in the server log.
    expect(logged.mock.calls.flat().join(' ')).toMatch(/database down: .*127\.0\.0\.9/)
    logged.mockRestore()
  })
})
