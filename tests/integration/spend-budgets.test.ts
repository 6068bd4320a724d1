// Spend budgets on the demo data: each budget's actual and forecast are the month-end forecast's for its scope,
// its status follows, a won budget waits for the month's rate, bad input is refused with nothing stored, and
// finance's CSV says what the API says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toDecimal } from '../../lib/domain/money'
import { forecastResponse } from '../../lib/schemas/forecast'
import { spendBudgetDto, spendBudgetsResponse } from '../../lib/schemas/spend-budgets'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: never) => Promise<Response>
let database: TestDatabase
/** Spend budgets and their CSV are finance's (finance holds read, export and spend-budgets:write). */
let finance: { authorization: string }
let routes: {
  budgets: { GET: Handler; POST: Handler }
  budget: { PUT: Handler; DELETE: Handler }
  csv: { GET: Handler }
  forecast: { GET: Handler }
}
const TODAY = '2026-11-22'
const ACCOUNT = '123456789012'

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  await loadDemoData(database.db, { today: TODAY })
  finance = await signedInHeaders(database.db, 'finance')
  routes = {
    budgets: (await import('../../app/api/budgets/spend/route')) as never,
    budget: (await import('../../app/api/budgets/spend/[id]/route')) as never,
    csv: (await import('../../app/api/exports/budgets.csv/route')) as never,
    forecast: (await import('../../app/api/forecast/route')) as never,
  }
})

afterAll(async () => {
  await database?.drop()
})

const call = (handler: Handler, url: string, init: RequestInit = {}, params?: Record<string, string>) =>
  handler(
    new Request(`http://localhost${url}`, {
      ...init,
      headers: { ...finance, ...(init.headers as Record<string, string> | undefined) },
    }),
    (params ? { params: Promise.resolve(params) } : undefined) as never,
  )
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const post = (body: unknown) => call(routes.budgets.POST, '/api/budgets/spend', json('POST', body))
const put = (id: number | string, body: unknown) =>
  call(routes.budget.PUT, `/api/budgets/spend/${id}`, json('PUT', body), { id: String(id) })
const remove = (id: number | string) =>
  call(routes.budget.DELETE, `/api/budgets/spend/${id}`, { method: 'DELETE' }, { id: String(id) })
const list = async (month = '2026-11') =>
  spendBudgetsResponse.parse(await (await call(routes.budgets.GET, `/api/budgets/spend?month=${month}`)).json())
const forecast = async (groupBy: string, month = '2026-11') =>
  forecastResponse.parse(
    await (await call(routes.forecast.GET, `/api/forecast?month=${month}&groupBy=${groupBy}`)).json(),
  )
const stored = async () =>
  (await database.db.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM spend_budget'))[0]!.n

describe('spend budgets', () => {
  it('a budget’s actual and forecast are the month-end forecast’s for its scope, and its status follows from them', async () => {
    const [total] = (await forecast('none')).groups
    const recsys = (await forecast('team')).groups.find((group) => group.key === 'recsys')!
    // Between the team's month to date and its forecast: the forecast is over, the actual not yet.
    const between = toDecimal(recsys.actualToDate).plus(recsys.forecast).dividedBy(2).toDecimalPlaces(2, 1).toFixed(2)

    const created = await post({ scope: { kind: 'total' }, monthlyUsd: '1.00' })
    expect(created.status).toBe(201)
    const totalBudget = spendBudgetDto.parse(await created.json())
    expect(totalBudget).toMatchObject({
      scope: { kind: 'total', key: 'total' },
      monthlyUsd: '1',
      monthlyKrw: null,
      status: 'over',
      actual: total!.actualToDate,
      forecast: total!.forecast,
    })
    expect((await post({ scope: { kind: 'team', key: 'recsys' }, monthlyUsd: between })).status).toBe(201)
    expect((await post({ scope: { kind: 'service', key: 'AWS Lambda' }, monthlyUsd: '100000000' })).status).toBe(201)

    const budgets = await list()
    expect(budgets.month).toBe('2026-11')
    expect(budgets.asOf).toBe((await forecast('none')).asOf)
    expect(budgets.budgets.map((budget) => [budget.scope.kind, budget.scope.key, budget.status])).toEqual([
      ['total', 'total', 'over'],
      ['team', 'recsys', 'forecast-over'],
      ['service', 'AWS Lambda', 'on-track'],
    ])
    const team = budgets.budgets[1]!
    expect([team.actual, team.forecast]).toEqual([recsys.actualToDate, recsys.forecast])
    expect(toDecimal(team.usedShare!).toFixed()).toBe(toDecimal(recsys.actualToDate).dividedBy(between).toFixed())
    const lambda = (await forecast('service')).groups.find((group) => group.key === 'AWS Lambda')!
    expect([budgets.budgets[2]!.actual, budgets.budgets[2]!.forecast]).toEqual([lambda.actualToDate, lambda.forecast])

    // A finished month: the forecast is the actual.
    const october = await list('2026-10')
    for (const budget of october.budgets) expect(budget.forecast).toBe(budget.actual)
  })

  it('a budget in won has no status until the month has a rate, then is judged in USD at it and keeps its won', async () => {
    const created = spendBudgetDto.parse(
      await (await post({ scope: { kind: 'account', key: ACCOUNT }, monthlyKrw: '1000000' })).json(),
    )
    expect(created).toMatchObject({
      monthlyKrw: '1000000',
      monthlyUsd: null,
      budgetUsd: null,
      status: 'no-rate',
      krw: null,
    })

    await database.db.$executeRawUnsafe(
      `INSERT INTO fx_rate (month, krw_per_usd, source, as_of, entered_at) VALUES ('2026-11-01', 1250, 'test rate', '2026-11-01', now())`,
    )
    const account = (await list()).budgets.find((budget) => budget.id === created.id)!
    const accountForecast = (await forecast('account')).groups.find((group) => group.key === ACCOUNT)!
    expect(account.budgetUsd).toBe('800')
    expect(account.krw).toEqual({
      krwPerUsd: '1250',
      budget: '1000000',
      actual: toDecimal(accountForecast.actualToDate).times(1250).toFixed(),
      forecast: toDecimal(accountForecast.forecast).times(1250).toFixed(),
    })
    expect(account.status).not.toBe('no-rate')
    // Dollar budgets show their won too.
    expect((await list()).budgets.find((budget) => budget.scope.kind === 'total')!.krw?.budget).toBe('1250')
  })

  it('refuses bad input with a 400 naming the problem, and a second budget for a scope with a 409, storing nothing', async () => {
    const before = await stored()
    for (const body of [
      { scope: { kind: 'total' } },
      { scope: { kind: 'total' }, monthlyUsd: '10', monthlyKrw: '10000' },
      { scope: { kind: 'team', key: 'media' }, monthlyUsd: '-5' },
      { scope: { kind: 'team', key: 'media' }, monthlyUsd: '0' },
      { scope: { kind: 'team', key: 'media' }, monthlyUsd: '10.001' },
      { scope: { kind: 'team', key: 'media' }, monthlyUsd: 10 },
      { scope: { kind: 'team', key: 'media' }, monthlyKrw: '1000.5' },
      { scope: { kind: 'team', key: ' ' }, monthlyUsd: '10' },
      { scope: { kind: 'account', key: '1234' }, monthlyUsd: '10' },
      { scope: { kind: 'region', key: 'us-east-1' }, monthlyUsd: '10' },
      { scope: { kind: 'total', key: 'media' }, monthlyUsd: '10' },
    ]) {
      const response = await post(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await response.json()).error.code).toBe('bad_request')
    }
    const again = await post({ scope: { kind: 'total', key: 'total' }, monthlyUsd: '5' })
    expect(again.status).toBe(409)
    expect((await again.json()).error.message).toContain('already a spend budget for the total')
    expect(await stored()).toBe(before)
  })

  it('PUT changes a budget (not onto another’s scope), DELETE removes it', async () => {
    const { budgets } = await list()
    const team = budgets.find((budget) => budget.scope.kind === 'team')!
    const changed = await put(team.id, { scope: { kind: 'team', key: 'recsys' }, monthlyKrw: '5000000' })
    expect(changed.status).toBe(200)
    expect(spendBudgetDto.parse(await changed.json())).toMatchObject({
      id: team.id,
      monthlyKrw: '5000000',
      monthlyUsd: null,
      budgetUsd: '4000',
    })
    expect((await put(team.id, { scope: { kind: 'total' }, monthlyUsd: '5' })).status).toBe(409)
    expect((await put(999_999, { scope: { kind: 'team', key: 'x' }, monthlyUsd: '5' })).status).toBe(404)
    expect((await put('abc', { scope: { kind: 'team', key: 'x' }, monthlyUsd: '5' })).status).toBe(400)
    expect((await remove(team.id)).status).toBe(204)
    expect((await remove(team.id)).status).toBe(404)
    expect((await list()).budgets.map((budget) => budget.id)).not.toContain(team.id)
  })

  it('budgets.csv says what the API says, one row per budget', async () => {
    const budgets = await list()
    const response = await call(routes.csv.GET, '/api/exports/budgets.csv?month=2026-11')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('spend_budgets_2026-11.csv')
    const [header, ...rows] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    const columns = header!.split(',')
    expect(columns.slice(0, 8)).toEqual([
      'month',
      'scope_kind',
      'scope_key',
      'budget_currency',
      'budget_amount',
      'budget_usd',
      'actual_usd',
      'forecast_usd',
    ])
    const records = rows.map((row) =>
      Object.fromEntries(row.split(',').map((cell, index) => [columns[index], cell.replace(/^"|"$/g, '')])),
    )
    expect(records).toHaveLength(budgets.budgets.length)
    budgets.budgets.forEach((budget, index) => {
      const record = records[index]!
      expect(record).toMatchObject({
        month: '2026-11',
        scope_kind: budget.scope.kind,
        scope_key: budget.scope.key,
        actual_usd: budget.actual,
        forecast_usd: budget.forecast,
        status: budget.status,
      })
      expect(record.budget_usd).toBe(budget.budgetUsd ?? '')
      if (budget.budgetUsd)
        expect(record.remaining_usd).toBe(toDecimal(budget.budgetUsd).minus(budget.actual).toFixed())
      expect(record.actual_krw).toBe(budget.krw?.actual ?? '')
    })
  })

  it('a small service’s budget forecasts its own scope, not a top list it falls out of', async () => {
    // A hundred services each costing more than the small one every day of the month so far: the small one is not
    // among the forecast's costliest hundred, yet its budget still reads its own actual and forecast.
    await database.db.$executeRawUnsafe(
      `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, unblended_cost, amortized_cost, usage_quantity)
       SELECT d::date, $1, service, 'Usage', 'us-east-1', cost, cost, 1
       FROM generate_series('2026-11-01'::date, '2026-11-21'::date, '1 day') d,
            LATERAL (SELECT 'Big service ' || n AS service, 50::numeric AS cost FROM generate_series(1, 100) n
                     UNION ALL SELECT 'Small service', 0.25) services`,
      ACCOUNT,
    )
    const created = await post({ scope: { kind: 'service', key: 'Small service' }, monthlyUsd: '5.00' })
    expect(created.status).toBe(201)
    const small = (await list()).budgets.find((budget) => budget.scope.key === 'Small service')!
    expect(small.actual).toBe('5.25') // 21 days at $0.25
    expect(toDecimal(small.forecast).greaterThan('5.25')).toBe(true)
    expect(small.status).toBe('over')
    expect((await forecast('service')).groups.some((group) => group.key === 'Small service')).toBe(false)
  })
})
