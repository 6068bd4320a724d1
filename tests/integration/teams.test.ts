// Teams end to end on the demo data: the rules stored through the API, the showback statement reconciled to the
// cent with the Costs page for the same month, a function that moved team split by day, and the CSV equal to
// the statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDaysTo, firstDayOf, lastDayOf, monthOf } from '../../lib/domain/calendar'
import { DEMO_RETAG } from '../../lib/domain/demo/demo-teams'
import { sum, toDecimal } from '../../lib/domain/money'
import { forecastResponse } from '../../lib/schemas/forecast'
import { showbackResponse, teamSettings } from '../../lib/schemas/teams'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { getCostBreakdown } from '../../lib/server/queries/get-cost-breakdown'
import { getShowback, teamCostItems } from '../../lib/server/queries/get-showback'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: never) => Promise<Response>
let database: TestDatabase
/** Team rules are an admin's to write (and showback's CSV an export). */
let admin: { authorization: string }
let routes: {
  teams: { GET: Handler; PUT: Handler }
  showback: { GET: Handler }
  csv: { GET: Handler }
  costs: { GET: Handler }
  costsCsv: { GET: Handler }
}
const TODAY = '2026-11-22'

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  admin = await signedInHeaders(database.db, 'admin')
  await loadDemoData(database.db, { today: TODAY })
  routes = {
    teams: (await import('../../app/api/teams/route')) as never,
    showback: (await import('../../app/api/teams/showback/route')) as never,
    csv: (await import('../../app/api/exports/showback.csv/route')) as never,
    costs: (await import('../../app/api/costs/route')) as never,
    costsCsv: (await import('../../app/api/exports/costs.csv/route')) as never,
  }
})

afterAll(async () => {
  await database?.drop()
})

const call = (handler: Handler, url: string, init?: RequestInit) =>
  handler(
    new Request(`http://localhost${url}`, {
      ...init,
      headers: { ...admin, ...(init?.headers as Record<string, string> | undefined) },
    }),
    undefined as never,
  )
const put = (body: unknown) =>
  call(routes.teams.PUT, '/api/teams', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('team showback on the demo data', () => {
  it('October: the teams plus unallocated equal the Costs page total to the cent, and each shared pool is split exactly', async () => {
    const showback = showbackResponse.parse(await getShowback(database.db, { month: '2026-10' }))
    const costs = await getCostBreakdown(database.db, {
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'monthly',
      groupBy: ['service'],
      filters: {},
    })
    const lines = [...showback.teams, showback.unallocated]
    expect(sum(lines.map((line) => line.totalUsd)).toFixed()).toBe(toDecimal(costs.total.currentUsd).toFixed())
    expect(toDecimal(showback.totalUsd).toFixed()).toBe(toDecimal(costs.total.currentUsd).toFixed())
    // The previous month reconciles the same way.
    expect(sum(lines.map((line) => line.previousTotalUsd)).toFixed()).toBe(toDecimal(costs.total.previousUsd).toFixed())
    for (const line of lines)
      expect(toDecimal(line.totalUsd).toFixed()).toBe(toDecimal(line.directUsd).plus(line.sharedUsd).toFixed())

    expect(showback.teams.map((team) => team.team).sort()).toEqual(['commerce', 'media', 'platform', 'recsys'])
    const [pool] = showback.pools
    expect(pool!.name).toBe('Shared network and storage')
    const ec2Other = costs.groups.find((group) => group.values.service === 'EC2 - Other')!
    expect(toDecimal(pool!.amountUsd).toFixed()).toBe(toDecimal(ec2Other.currentUsd).toFixed())
    expect(sum(pool!.shares.map((share) => share.usd)).toFixed()).toBe(toDecimal(pool!.amountUsd).toFixed())
    // Sandboxes are untagged: their cost is in unallocated, and the coverage says the rules placed most of it.
    expect(toDecimal(showback.unallocated.directUsd).greaterThan(0)).toBe(true)
    expect(Number(showback.coverage)).toBeGreaterThan(0.5)
    expect(Number(showback.coverage)).toBeLessThan(1)
  })

  it('each team’s Lambda functions cost what the Costs page shows for them', async () => {
    const showback = await getShowback(database.db, { month: '2026-10' })
    const recsys = showback.teams.find((team) => team.team === 'recsys')!
    const byFunction = await getCostBreakdown(database.db, {
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'monthly',
      groupBy: ['function'],
      filters: { service: ['AWS Lambda'] },
    })
    for (const fn of recsys.topFunctions) {
      const group = byFunction.groups.find(
        (candidate) =>
          byFunction.labels.function[candidate.values.function!]?.name === fn.name &&
          candidate.values.function!.includes(fn.accountId),
      )
      expect(group, fn.name).toBeDefined()
      expect(toDecimal(group!.currentUsd).toFixed()).toBe(toDecimal(fn.costUsd).toFixed())
    }
  })

  it('a function that moved team keeps its past in the old team: its cost splits on the day the tag changed', async () => {
    const month = monthOf(TODAY)
    const retagDay = addDaysTo(TODAY, -DEMO_RETAG.daysAgo)
    const items = (await teamCostItems(database.db, { from: firstDayOf(month), to: lastDayOf(month) })).filter(
      (item) => item.functionName === DEMO_RETAG.name,
    )
    expect(items.map((item) => item.tags.team).sort()).toEqual(['platform', 'recsys'])
    const estimates = await database.db.$queryRawUnsafe<{ before: string; after: string }[]>(
      `SELECT sum(c.cost_usd) FILTER (WHERE c.day < $2::date)::text AS before, sum(c.cost_usd) FILTER (WHERE c.day >= $2::date)::text AS after
       FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id
       WHERE f.name = $1 AND f.account_id = '123456789012' AND c.day BETWEEN $3::date AND $4::date`,
      DEMO_RETAG.name,
      retagDay,
      firstDayOf(month),
      lastDayOf(month),
    )
    expect(toDecimal(items.find((item) => item.tags.team === 'platform')!.amountUsd).toFixed()).toBe(
      toDecimal(estimates[0]!.before).toFixed(),
    )
    expect(toDecimal(items.find((item) => item.tags.team === 'recsys')!.amountUsd).toFixed()).toBe(
      toDecimal(estimates[0]!.after).toFixed(),
    )
  })

  it('the CSV equals the statement, and its total_cost_usd adds up to the month’s total', async () => {
    const response = await call(routes.csv.GET, '/api/exports/showback.csv?month=2026-10')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('showback_2026-10.csv')
    const [header, ...rows] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header).toBe(
      'month,team,direct_cost_usd,shared_cost_usd,total_cost_usd,previous_total_usd,change_usd,top_functions',
    )
    const showback = (await (await call(routes.showback.GET, '/api/teams/showback?month=2026-10')).json()) as {
      teams: { team: string; totalUsd: string }[]
      unallocated: { totalUsd: string }
      totalUsd: string
    }
    const cells = rows.map((row) => row.split(','))
    expect(cells.map((cell) => cell[1]!.replaceAll('"', ''))).toEqual([
      ...showback.teams.map((team) => team.team),
      'unallocated',
    ])
    expect(cells.map((cell) => cell[4])).toEqual([
      ...showback.teams.map((team) => team.totalUsd),
      showback.unallocated.totalUsd,
    ])
    expect(sum(cells.map((cell) => cell[4]!)).toFixed()).toBe(toDecimal(showback.totalUsd).toFixed())
  })

  it('groupBy=team on /api/costs and costs.csv: the statement’s teams and unallocated with its share, adding up to the account total to the cent', async () => {
    type Breakdown = {
      source: string
      total: { currentUsd: string; byPeriod: string[] }
      groups: { values: { team: string }; currentUsd: string; sharePct: number | null; byPeriod: string[] }[]
    }
    const costsOf = async (query: string) => {
      const response = await call(routes.costs.GET, `/api/costs?from=2026-10-01&to=2026-10-31&${query}`)
      expect(response.status).toBe(200)
      return (await response.json()) as Breakdown
    }
    const byTeam = await costsOf('groupBy=team')
    const byService = await costsOf('groupBy=service')
    const showback = await getShowback(database.db, { month: '2026-10' })
    expect(byTeam.source).toBe('team_allocation')
    const teams = Object.fromEntries(byTeam.groups.map((group) => [group.values.team, group.currentUsd]))
    expect(teams).toEqual(
      Object.fromEntries([...showback.teams, showback.unallocated].map((line) => [line.team, line.totalUsd])),
    )
    const unallocated = byTeam.groups.find((group) => group.values.team === 'unallocated')!
    expect(unallocated.sharePct).toBeGreaterThan(0)
    expect(sum(byTeam.groups.map((group) => group.currentUsd)).toFixed()).toBe(
      toDecimal(byService.total.currentUsd).toFixed(),
    )
    expect(toDecimal(byTeam.total.currentUsd).toFixed()).toBe(toDecimal(byService.total.currentUsd).toFixed())
    // Day by day, each day allocated on its own, the days still add up to the month.
    const daily = await costsOf('groupBy=team&granularity=daily')
    expect(daily.total.byPeriod).toHaveLength(31)
    expect(sum(daily.total.byPeriod).toFixed()).toBe(toDecimal(byService.total.currentUsd).toFixed())

    const csv = await call(routes.costsCsv.GET, '/api/exports/costs.csv?from=2026-10-01&to=2026-10-31&groupBy=team')
    expect(csv.status).toBe(200)
    const [header, ...lines] = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header).toBe('row_type,period_start,team,cost_usd')
    const cells = lines.map((line) => line.split(',').map((cell) => cell.replaceAll('"', '')))
    const details = cells.filter((row) => row[0] === 'detail')
    expect(Object.fromEntries(details.map((row) => [row[2], row[3]]))).toEqual(teams)
    expect(cells.at(-1)).toEqual(['total', '', '', toDecimal(byService.total.currentUsd).toFixed()])

    // The allocation groups alone, unfiltered, in USD: anything else is a 400 that says so.
    for (const query of ['groupBy=team,service', 'groupBy=team&service=AWS%20Lambda', 'groupBy=team&currency=KRW']) {
      const refused = await call(routes.costs.GET, `/api/costs?${query}`)
      expect(refused.status).toBe(400)
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('bad_request')
    }
  })
})

describe('GET and PUT /api/teams', () => {
  it('stores rules that are valid as a whole and refuses, naming the rule, those that are not, keeping the old ones', async () => {
    const before = teamSettings.parse(await (await call(routes.teams.GET, '/api/teams')).json())
    expect(before.defaultFromTag).toBe('team')

    const unreachable = await put({
      rules: [
        { team: 'a', match: { account: '123456789012' } },
        { team: 'b', match: { account: '123456789012' } },
      ],
      defaultFromTag: null,
    })
    expect(unreachable.status).toBe(400)
    expect(((await unreachable.json()) as { error: { message: string } }).error.message).toBe(
      'rule 2 can never match: rule 1 has the same condition',
    )
    const badSplit = await put({
      rules: [],
      defaultFromTag: 'team',
      sharedPools: [
        {
          name: 'support',
          match: { service: 'AWS Support' },
          split: { method: 'fixed', percentages: { a: '60', b: '30' } },
        },
      ],
    })
    expect(badSplit.status).toBe(400)
    expect(((await badSplit.json()) as { error: { message: string } }).error.message).toContain('add up to 90%')
    const unknownKind = await put({ rules: [{ team: 'a', match: { cluster: 'x' } }], defaultFromTag: null })
    expect(unknownKind.status).toBe(400)
    expect(teamSettings.parse(await (await call(routes.teams.GET, '/api/teams')).json())).toEqual(before)

    const rules = {
      rules: [{ team: 'search', match: { functionPrefix: 'search-' } }],
      defaultFromTag: 'team',
      sharedPools: [],
    }
    const saved = await put(rules)
    expect(saved.status).toBe(200)
    expect(await saved.json()).toEqual(rules)
    const showback = await getShowback(database.db, { month: '2026-10' })
    expect(showback.teams.map((team) => team.team)).toContain('search')
    // Without the pool, the shared lines are nobody's: unallocated grows by exactly the pool.
    const costs = await getCostBreakdown(database.db, {
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'monthly',
      groupBy: ['service'],
      filters: {},
    })
    expect(sum([...showback.teams, showback.unallocated].map((line) => line.totalUsd)).toFixed()).toBe(
      toDecimal(costs.total.currentUsd).toFixed(),
    )
    await put(before)
  })
})

describe('GET /api/forecast on the demo data', () => {
  it('the month in progress: actual to date as the Costs page counts it, a forecast inside its band, and the same by team', async () => {
    const forecastRoute = (await import('../../app/api/forecast/route')) as unknown as { GET: Handler }
    const total = forecastResponse.parse(await (await call(forecastRoute.GET, '/api/forecast?month=2026-11')).json())
    expect(total.asOf).toBe('2026-11-21')
    expect(total.groups.map((group) => group.key)).toEqual(['total'])
    const [group] = total.groups
    const costs = await getCostBreakdown(database.db, {
      from: '2026-11-01',
      to: '2026-11-30',
      granularity: 'monthly',
      groupBy: ['service'],
      filters: {},
    })
    expect(toDecimal(group!.actualToDate).toFixed()).toBe(toDecimal(costs.total.currentUsd).toFixed())
    expect(
      toDecimal(group!.low).lessThanOrEqualTo(group!.forecast) &&
        toDecimal(group!.forecast).lessThanOrEqualTo(group!.high),
    ).toBe(true)
    expect(toDecimal(group!.forecast).greaterThan(group!.actualToDate)).toBe(true)
    // The demo's November is estimated (as Cost Explorer marks the month in progress).
    expect(total.estimatedDays).toHaveLength(21)
    // October replayed: its actual is October's total.
    const october = await getCostBreakdown(database.db, {
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'monthly',
      groupBy: ['service'],
      filters: {},
    })
    expect(total.backtest!.month).toBe('2026-10')
    expect(toDecimal(total.backtest!.actual).toFixed()).toBe(toDecimal(october.total.currentUsd).toFixed())

    const byTeam = forecastResponse.parse(
      await (await call(forecastRoute.GET, '/api/forecast?month=2026-11&groupBy=team')).json(),
    )
    expect(byTeam.groups.map((team) => team.key).sort()).toEqual([
      'commerce',
      'media',
      'platform',
      'recsys',
      'unallocated',
    ])
    expect(sum(byTeam.groups.map((team) => team.actualToDate)).toFixed()).toBe(toDecimal(group!.actualToDate).toFixed())

    const bad = await call(forecastRoute.GET, '/api/forecast?groupBy=region')
    expect(bad.status).toBe(400)
  })

  it('a finished month is forecast at its actual', async () => {
    const forecastRoute = (await import('../../app/api/forecast/route')) as unknown as { GET: Handler }
    const october = forecastResponse.parse(
      await (await call(forecastRoute.GET, '/api/forecast?month=2026-10&groupBy=account')).json(),
    )
    for (const group of october.groups)
      expect([group.forecast, group.low, group.high]).toEqual([
        group.actualToDate,
        group.actualToDate,
        group.actualToDate,
      ])
  })
})
