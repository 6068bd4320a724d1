// The demo dataset in a real database: Cost Explorer's Lambda lines must be exactly the sum over functions at
// list price, with the free tier applied once per account and month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Decimal, ZERO, toDecimal } from '../../lib/domain/money'
import { LAMBDA_FREE_TIER } from '../../lib/domain/pricing/free-tier'
import { parseLambdaUsageType } from '../../lib/domain/pricing/lambda-usage-types'
import { listPricer } from '../../lib/domain/pricing/list-price'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { removeDemoData } from '../../lib/server/demo/remove-demo-data'
import { listServers } from '../../lib/server/queries/list-servers'
import { listSchedules } from '../../lib/server/schedules/schedule-store'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

const TODAY = '2026-11-22'
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: TODAY })
})

afterAll(async () => {
  await database?.drop()
})

type Line = { account_id: string; month: string; usage_type: string; quantity: string; cost: string }

describe('demo data in PostgreSQL', () => {
  it('spans 13 months ending yesterday, with ~40 functions in 2 accounts and 2 regions', async () => {
    const [bounds] = await database.db.$queryRaw<
      { first: Date; last: Date }[]
    >`SELECT min(day) AS first, max(day) AS last FROM cost_line_item`
    expect(bounds!.first.toISOString().slice(0, 10)).toBe('2025-11-01')
    expect(bounds!.last.toISOString().slice(0, 10)).toBe('2026-11-21')
    const functions = await database.db.lambdaFunction.groupBy({ by: ['accountId', 'region'], _count: true })
    expect(functions).toHaveLength(4)
    expect(functions.reduce((n, group) => n + group._count, 0)).toBeGreaterThanOrEqual(38)
    const services = await database.db.costLineItem.findMany({ distinct: ['service'], select: { service: true } })
    expect(services.map((s) => s.service)).toEqual(
      expect.arrayContaining([
        'AWS Lambda',
        'Amazon Elastic Compute Cloud - Compute',
        'Amazon Relational Database Service',
        'EC2 - Other',
        'Amazon Simple Storage Service',
        'AmazonCloudWatch',
      ]),
    )
  })

  it('bills Lambda as the sum over functions at list price, with the free tier applied once per account and month', async () => {
    const lines = await database.db.$queryRaw<Line[]>`
      SELECT account_id, to_char(day, 'YYYY-MM') AS month, usage_type, usage_quantity::text AS quantity, unblended_cost::text AS cost
      FROM cost_line_item WHERE service = 'AWS Lambda'`
    const estimates = await database.db.$queryRaw<
      { account_id: string; month: string; cost: string; requests: string }[]
    >`
      SELECT f.account_id, to_char(c.day, 'YYYY-MM') AS month, sum(c.cost_usd)::text AS cost, sum(c.requests)::text AS requests
      FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id GROUP BY 1, 2`

    const months = new Map<
      string,
      {
        list: Decimal
        billed: Decimal
        requests: Decimal
        freeRequests: Decimal
        gbSeconds: Decimal
        freeGbSeconds: Decimal
      }
    >()
    for (const line of lines) {
      const meter = parseLambdaUsageType(line.usage_type)
      expect(meter, line.usage_type).not.toBeNull()
      const listPrice = listPricer(meter!.region, meter!.architecture, meter!.meter)
      const key = `${line.account_id} ${line.month}`
      const month = months.get(key) ?? {
        list: ZERO,
        billed: ZERO,
        requests: ZERO,
        freeRequests: ZERO,
        gbSeconds: ZERO,
        freeGbSeconds: ZERO,
      }
      const list = listPrice(line.quantity)
      const free = list.minus(line.cost).div(listPrice(1))
      month.list = month.list.plus(list)
      month.billed = month.billed.plus(line.cost)
      if (meter!.meter === 'request') {
        month.requests = month.requests.plus(line.quantity)
        month.freeRequests = month.freeRequests.plus(free)
      } else if (meter!.meter === 'duration') {
        month.gbSeconds = month.gbSeconds.plus(line.quantity)
        month.freeGbSeconds = month.freeGbSeconds.plus(free)
      } else {
        expect(list.minus(line.cost).abs().lessThan('0.000000001'), `${line.usage_type} is never free`).toBe(true)
      }
      months.set(key, month)
    }

    expect(months.size).toBe(26)
    for (const estimate of estimates) {
      const month = months.get(`${estimate.account_id} ${estimate.month}`)!
      // Usage at list price = the sum of the per-function estimates, to the cent.
      expect(month.list.minus(estimate.cost).abs().lessThan('0.005'), `${estimate.account_id} ${estimate.month}`).toBe(
        true,
      )
      expect(month.requests.minus(estimate.requests).abs().lessThan('0.01')).toBe(true)
      // The free tier: min(usage, allowance), once per account and month (amounts are stored to 10 decimals,
      // so quantities recovered from them carry a rounding error far below one request or GB-second).
      expect(
        month.freeRequests.minus(Decimal.min(month.requests, LAMBDA_FREE_TIER.requests)).abs().lessThan('0.5'),
      ).toBe(true)
      expect(
        month.freeGbSeconds.minus(Decimal.min(month.gbSeconds, LAMBDA_FREE_TIER.gbSeconds)).abs().lessThan('0.5'),
      ).toBe(true)
      expect(month.billed.lessThanOrEqualTo(month.list)).toBe(true)
    }
  })

  it('stores each day’s estimate as AWS’s published rates give it, computed here with the rates written out', async () => {
    // recommender-embed-user: arm64, 2,048 MB, 4,096 MB of ephemeral storage, Seoul, no provisioned concurrency.
    // AWS's prices for ap-northeast-2: $0.20 per million requests, $0.0000133334 per GB-s of Arm duration (first
    // tier), $0.0000000352 per GB-s of storage above the free 512 MB (here 3.5 GB for as long as the function runs).
    // Billed time: CloudWatch's sum plus half a millisecond per invocation, the middle of each one's rounding up.
    const days = await database.db.$queryRaw<{ invocations: number; duration_sum_ms: number; cost: string }[]>`
      SELECT m.invocations, m.duration_sum_ms, c.cost_usd::text AS cost
      FROM function_cost_daily c JOIN function_metric_daily m ON m.function_id = c.function_id AND m.day = c.day
      JOIN lambda_function f ON f.id = c.function_id
      WHERE f.name = 'recommender-embed-user' AND f.account_id = '123456789012'`
    expect(days.length).toBeGreaterThan(300)
    for (const day of days) {
      const seconds = toDecimal(day.duration_sum_ms).plus(toDecimal(day.invocations).times('0.5')).div(1000)
      const byHand = toDecimal(day.invocations)
        .times('0.0000002')
        .plus(seconds.times(2).times('0.0000133334'))
        .plus(seconds.times('3.5').times('0.0000000352'))
      // Stored to 10 decimals.
      expect(
        byHand.minus(day.cost).abs().lte('0.00000000005'),
        `${day.invocations} invocations, ${day.duration_sum_ms} ms: ${byHand} vs ${day.cost}`,
      ).toBe(true)
    }
  })

  it('tells the retry-amplification story: the production Lambda bill roughly quadruples last month', async () => {
    const totals = await database.db.$queryRaw<{ month: string; cost: string }[]>`
      SELECT to_char(day, 'YYYY-MM') AS month, sum(unblended_cost)::text AS cost FROM cost_line_item
      WHERE service = 'AWS Lambda' AND account_id = '123456789012' AND day BETWEEN '2026-09-01' AND '2026-10-31' GROUP BY 1 ORDER BY 1`
    const [september, october] = totals.map((row) => Number(row.cost))
    expect(september).toBeGreaterThan(80)
    expect(september).toBeLessThan(130)
    expect(october! / september!).toBeGreaterThan(3)
  })

  it("lists the demo's servers with Cost Explorer's month where it names one server, and the schedule that stops the development ones", async () => {
    const { servers } = await listServers(database.db, {}, '2026-10')
    const byId = new Map(servers.map((server) => [server.id, server]))
    // October 2026 has 22 weekdays; the development database runs 12.5 h of each at $0.094: 275 h = $25.85.
    expect(byId.get('dev-postgres')).toMatchObject({
      schedulable: true,
      hourlyUsd: '0.094',
      monthCost: { status: 'attributed', usd: '25.85', usageType: 'APN2-InstanceUsage:db.t4g.medium' },
    })
    expect(byId.get('dev-postgres')!.schedules).toEqual([
      { id: expect.any(Number), name: 'Development (demo)', group: 'db' },
    ])
    // Three development t4g.small instances share one usage type: its total is shown as shared, never split.
    expect(byId.get('i-0de50000000000a01')).toMatchObject({
      monthCost: { status: 'shared', usd: '17.16', servers: 3 },
      schedules: [expect.objectContaining({ group: 'api' })],
    })
    expect(byId.get('prod-postgres')).toMatchObject({
      schedulable: false,
      reason: expect.stringMatching(/has read replicas/),
      schedules: [],
    })
    expect(byId.get('prod-postgres-replica')).toMatchObject({
      schedulable: false,
      reason: expect.stringMatching(/RDS cannot stop a read replica/),
    })
    expect(byId.get('prod-analytics-1')).toMatchObject({
      schedulable: false,
      reason: expect.stringMatching(/schedule the cluster prod-analytics/),
    })
    expect(byId.get('prod-analytics')).toMatchObject({
      kind: 'aurora',
      schedulable: true,
      hourlyUsd: '0.113',
      monthCost: { status: 'none' },
    })
  })

  it("stores the field report's schedule: weekdays 09:30-22:00 in Seoul, Korean holidays, db then api then batch, dry-run", async () => {
    const [schedule] = await listSchedules(database.db)
    expect(schedule).toMatchObject({
      execute: false,
      schedule: {
        timeZone: 'Asia/Seoul',
        holidays: 'KR',
        periods: [{ start: '09:30', stop: '22:00' }],
        exceptions: [{ date: '2026-12-22', kind: 'times', stop: '23:30' }],
      },
    })
    expect(schedule!.schedule.groups.map((group) => [group.name, group.dependsOn])).toEqual([
      ['db', []],
      ['api', ['db']],
      ['batch', ['api']],
    ])
  })

  it('marks the current month as estimated', async () => {
    const estimated = await database.db.$queryRaw<
      { first: Date }[]
    >`SELECT min(day) AS first FROM cost_line_item WHERE estimated`
    expect(estimated[0]!.first.toISOString().slice(0, 10)).toBe('2026-11-01')
  })
})

// Removal has a database of its own, so the tests above find the demo whatever order they run in.
describe('removing the demo data', () => {
  let removable: TestDatabase
  beforeAll(async () => {
    removable = await createTestDatabase()
    await loadDemoData(removable.db, { today: TODAY })
  })

  afterAll(async () => {
    await removable?.drop()
  })

  it('leaves nothing behind', async () => {
    await removeDemoData(removable.db)
    for (const table of [
      'aws_account',
      'lambda_function',
      'cost_line_item',
      'function_metric_daily',
      'function_metric_hourly',
      'function_cost_daily',
      'keep_warm_budget',
      'function_config_snapshot',
      'server',
      'schedule',
    ]) {
      const [row] = await removable.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`)
      expect(row!.n, table).toBe(0)
    }
    const setting = await removable.db.appSetting.findUnique({ where: { key: 'demo_data' } })
    expect(setting?.value).toMatchObject({ status: 'removed' })
  })
})
