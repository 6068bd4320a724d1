import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_DEVELOPMENT_ACCOUNT, DEMO_PRODUCTION_ACCOUNT } from '../../lib/domain/demo/demo-scenario'
import type { CostQuery } from '../../lib/domain/costs/dimensions'
import { drillInto } from '../../lib/domain/costs/drill-down'
import { sum, toDecimal } from '../../lib/domain/money'
import { costBreakdownResponse } from '../../lib/schemas/costs'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { decomposeFunctions, getCostBreakdown } from '../../lib/server/queries/get-cost-breakdown'
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

const october: CostQuery = {
  from: '2026-10-01',
  to: '2026-10-31',
  granularity: 'daily',
  groupBy: ['service'],
  filters: {},
}
const arnOf = (name: string, account = DEMO_PRODUCTION_ACCOUNT, region = 'ap-northeast-2') =>
  `arn:aws:lambda:${region}:${account}:function:${name}`

async function lineItemTotal(from: string, to: string, where = 'true'): Promise<string> {
  const [row] = await database.db.$queryRawUnsafe<{ total: string }[]>(
    `SELECT coalesce(sum(unblended_cost), 0)::text AS total FROM cost_line_item WHERE day BETWEEN $1::date AND $2::date AND ${where}`,
    from,
    to,
  )
  return toDecimal(row!.total).toFixed()
}

describe('cost breakdown on the demo data', () => {
  it('October by service per day: matches the schema, the line items, the overview and September as the comparison', async () => {
    const breakdown = await getCostBreakdown(database.db, october)
    expect(costBreakdownResponse.parse(breakdown)).toEqual(breakdown)
    expect(breakdown.source).toBe('cost_explorer')
    expect(breakdown.estimated).toBe(false)
    expect(breakdown.periods).toHaveLength(31)
    expect(breakdown.comparison).toMatchObject({ from: '2026-09-01', to: '2026-09-30', basis: 'previous_months' })
    expect(toDecimal(breakdown.total.currentUsd).toFixed()).toBe(await lineItemTotal('2026-10-01', '2026-10-31'))
    expect(toDecimal(breakdown.total.previousUsd).toFixed()).toBe(await lineItemTotal('2026-09-01', '2026-09-30'))
    const overview = await getOverview(database.db, { month: '2026-10' })
    expect(breakdown.total.currentUsd).toBe(overview.total.currentUsd)
    expect(breakdown.total.changeUsd).toBe(overview.total.changeUsd)
    // Groups and periods both add up to the total, exactly.
    expect(sum(breakdown.groups.map((g) => g.currentUsd)).toFixed()).toBe(
      toDecimal(breakdown.total.currentUsd).toFixed(),
    )
    expect(sum(breakdown.total.byPeriod).toFixed()).toBe(toDecimal(breakdown.total.currentUsd).toFixed())
    for (const group of breakdown.groups)
      expect(sum(group.byPeriod).toFixed()).toBe(toDecimal(group.currentUsd).toFixed())
    expect(breakdown.groups.map((g) => g.values.service)).toContain('AWS Lambda')
    // The retry storm makes Lambda October's biggest mover up.
    expect(breakdown.movers.up[0]).toBe(JSON.stringify(['AWS Lambda']))
    expect(breakdown.estimatedDays).toEqual([])
  })

  it('flags the days AWS still estimates and compares a month in progress with the same days of the previous month', async () => {
    const breakdown = await getCostBreakdown(database.db, {
      ...october,
      from: '2026-11-01',
      to: '2026-11-30',
      granularity: 'monthly',
    })
    expect(breakdown.comparison).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-21',
      basis: 'same_days_of_previous_months',
      currentThrough: '2026-11-21',
    })
    expect(breakdown.estimatedDays).toHaveLength(21)
    expect(breakdown.periods).toEqual([{ start: '2026-11-01', end: '2026-11-30', estimated: true }])
    expect(toDecimal(breakdown.total.previousUsd).toFixed()).toBe(await lineItemTotal('2026-10-01', '2026-10-21'))
    expect(breakdown.notes.join(' ')).toContain('same days')
  })

  it('groups by two dimensions and filters by several values of one', async () => {
    const breakdown = await getCostBreakdown(database.db, {
      ...october,
      granularity: 'monthly',
      groupBy: ['account', 'service'],
      filters: { region: ['ap-northeast-2', 'us-east-1'] },
    })
    expect(new Set(breakdown.groups.map((g) => g.values.account))).toEqual(
      new Set([DEMO_PRODUCTION_ACCOUNT, DEMO_DEVELOPMENT_ACCOUNT]),
    )
    expect(breakdown.groups[0]!.label).toMatch(/^acme-production \(demo\) \(123456789012\) · /)
    expect(toDecimal(breakdown.total.currentUsd).toFixed()).toBe(
      await lineItemTotal('2026-10-01', '2026-10-31', `region IN ('ap-northeast-2', 'us-east-1')`),
    )
  })

  it('drills from AWS Lambda to a usage type to its functions, which are estimates for Lambda only with a decomposition each', async () => {
    const lambda = drillInto(october, { values: { service: 'AWS Lambda' } })!
    expect(lambda).toMatchObject({ groupBy: ['usage_type'], filters: { service: ['AWS Lambda'] } })
    const byUsageType = await getCostBreakdown(database.db, lambda)
    expect(toDecimal(byUsageType.total.currentUsd).toFixed()).toBe(
      await lineItemTotal('2026-10-01', '2026-10-31', `service = 'AWS Lambda'`),
    )
    const top = byUsageType.groups[0]!
    expect(top.values.usage_type).toBe('APN2-Lambda-GB-Second-ARM')

    const byFunction = await getCostBreakdown(database.db, drillInto(lambda, top)!)
    expect(byFunction).toMatchObject({
      source: 'function_estimates',
      estimated: true,
      lambdaOnly: true,
      groupBy: ['function'],
    })
    expect(byFunction.notes[0]).toContain('estimates')
    expect(byFunction.groups[0]!.values.function).toBe(arnOf('recommender-embed-user'))
    expect(byFunction.groups[0]!.label).toBe('recommender-embed-user')
    expect(byFunction.labels.function[arnOf('recommender-embed-user')]).toMatchObject({
      name: 'recommender-embed-user',
      accountId: DEMO_PRODUCTION_ACCOUNT,
      region: 'ap-northeast-2',
    })
    for (const group of byFunction.groups) expect(byFunction.functionChanges[group.values.function!]).toBeDefined()
    expect(byFunction.functionChanges[arnOf('recommender-embed-user')]!.dominant).toBe('keep_warm')
    // The usage-type slice of the estimates is the arm64 Seoul duration cost of those functions.
    const [row] = await database.db.$queryRawUnsafe<{ total: string }[]>(
      `SELECT sum(c.duration_cost_usd)::text AS total FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id
       JOIN function_config_snapshot s ON s.function_id = f.id
       WHERE f.region = 'ap-northeast-2' AND s.architecture = 'arm64' AND c.day BETWEEN '2026-10-01' AND '2026-10-31'`,
    )
    expect(toDecimal(byFunction.total.currentUsd).toFixed()).toBe(toDecimal(row!.total).toFixed())

    const focus = drillInto(drillInto(lambda, top)!, byFunction.groups[0]!)!
    expect(focus).toMatchObject({ groupBy: [], filters: { function: [arnOf('recommender-embed-user')] } })
    const single = await getCostBreakdown(database.db, focus)
    expect(single.groups).toHaveLength(1)
    expect(single.functionChanges[arnOf('recommender-embed-user')]).toEqual(
      byFunction.functionChanges[arnOf('recommender-embed-user')],
    )
  })

  it('a service filter without AWS Lambda has no per-function costs, and says so', async () => {
    const breakdown = await getCostBreakdown(database.db, {
      ...october,
      groupBy: ['function'],
      filters: { service: ['Amazon Simple Storage Service'] },
    })
    expect(breakdown.groups).toEqual([])
    expect(breakdown.total.currentUsd).toBe('0')
    expect(breakdown.notes.join(' ')).toContain('Amazon Simple Storage Service has none')
  })

  it('answers a range without data with zeros, not an error', async () => {
    const breakdown = await getCostBreakdown(database.db, { ...october, from: '2024-01-01', to: '2024-01-31' })
    expect(breakdown.total).toMatchObject({ currentUsd: '0', previousUsd: '0', changePct: null })
    expect(breakdown.groups).toEqual([])
  })

  it('defaults to the last complete month, like the overview', async () => {
    const breakdown = await getCostBreakdown(database.db, { granularity: 'monthly', groupBy: ['service'], filters: {} })
    expect([breakdown.from, breakdown.to]).toEqual(['2026-10-01', '2026-10-31'])
  })
})

describe('decomposition of the demo incidents (real SQL, real estimates)', () => {
  const months = (month: string, previous: string) => ({
    previous: { from: `${previous}-01`, to: lastDay(previous) },
    current: { from: `${month}-01`, to: lastDay(month) },
  })

  it('recommender-embed-user last month: its retried keep-warm pings make keep-warm the dominant driver, not retries', async () => {
    const changes = await decomposeFunctions(
      database.db,
      [arnOf('recommender-embed-user')],
      months('2026-10', '2026-09'),
    )
    const change = changes[arnOf('recommender-embed-user')]!
    expect(change.dominant).toBe('keep_warm')
    expect(sum(change.parts.map((p) => p.usd)).toFixed()).toBe(toDecimal(change.changeUsd).toFixed())
    const parts = Object.fromEntries(change.parts.map((p) => [p.driver, Number(p.usd)]))
    expect(parts.keep_warm!).toBeGreaterThan(150)
    expect(parts.keep_warm!).toBeGreaterThan(2 * parts.duration!)
    // Every retry that month repeated a failed ping: a retried ping is keep-warm traffic.
    expect(parts.retries).toBeUndefined()
    expect(change.current).toMatchObject({ retries: 83_600, retriedPings: 83_600 })
    expect(change.parts.find((p) => p.driver === 'keep_warm')!.sentence).toMatch(
      /retried pings [\d,]+ → 83,600 \(keep-warm pings that failed and were retried,/,
    )
    expect(change.current!.retryDurationMs!).toBeGreaterThan(80_000)
    expect(change.current!.retryDurationMs!).toBeLessThan(100_000)
  })

  it('orders-api last month: traffic growth is volume', async () => {
    const change = (await decomposeFunctions(database.db, [arnOf('orders-api')], months('2026-10', '2026-09')))[
      arnOf('orders-api')
    ]!
    expect(change.dominant).toBe('volume')
    expect(sum(change.parts.map((p) => p.usd)).toFixed()).toBe(toDecimal(change.changeUsd).toFixed())
  })

  it('image-resizer after its memory raise (June, and the first full month after): memory, with duration down', async () => {
    for (const [month, previous] of [
      ['2026-06', '2026-05'],
      ['2026-07', '2026-06'],
    ] as const) {
      const change = (await decomposeFunctions(database.db, [arnOf('image-resizer')], months(month, previous)))[
        arnOf('image-resizer')
      ]!
      expect(change.dominant).toBe('memory')
      const duration = change.parts.find((p) => p.driver === 'duration')!
      expect(Number(duration.usd)).toBeLessThan(0)
      expect(sum(change.parts.map((p) => p.usd)).toFixed()).toBe(toDecimal(change.changeUsd).toFixed())
    }
  })

  it('a function created within the comparison is new, and every demo function decomposes exactly', async () => {
    const [{ arns }] = (await database.db.$queryRawUnsafe<{ arns: string[] }[]>(
      'SELECT array_agg(arn) AS arns FROM lambda_function',
    )) as [{ arns: string[] }]
    const changes = await decomposeFunctions(database.db, arns, months('2026-09', '2026-08'))
    expect(changes[arnOf('tmp-migration-script', DEMO_DEVELOPMENT_ACCOUNT, 'us-east-1')]).toBeUndefined()
    const octoberChanges = await decomposeFunctions(database.db, arns, months('2026-10', '2026-09'))
    expect(octoberChanges[arnOf('tmp-migration-script', DEMO_DEVELOPMENT_ACCOUNT, 'us-east-1')]!.dominant).toBe('new')
    for (const change of Object.values(octoberChanges))
      expect(sum(change.parts.map((p) => p.usd)).eq(toDecimal(change.changeUsd))).toBe(true)
  })
})

function lastDay(month: string): string {
  const [year, index] = month.split('-').map(Number)
  return new Date(Date.UTC(year!, index!, 0)).toISOString().slice(0, 10)
}
