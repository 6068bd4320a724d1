// Exchange rates and costs in won, against a real PostgreSQL: the rate table's API (PUT, GET, CSV import) and its
// refusals, GET /api/costs?currency=KRW and costs.csv?currency=KRW on hand-made cost lines whose won are worked
// out by hand below (each month at its own rate, rounded to the won once), and the usage/FX split of a change.
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roundToWon, usdToKrw } from '../../lib/domain/fx/krw'
import { sum, toDecimal } from '../../lib/domain/money'
import { costBreakdownResponse } from '../../lib/schemas/costs'
import { fxRateDto } from '../../lib/schemas/fx-rates'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: unknown) => Promise<Response> | Response

let database: TestDatabase
/** Finance enters the rates and reads the costs in won. */
let finance: { authorization: string }
let routes: {
  rates: { GET: Handler }
  month: { PUT: Handler }
  importCsv: { POST: Handler }
  costs: { GET: Handler }
  costsCsv: { GET: Handler }
}

const ACCOUNT = '111122223333'
// Lines: September Lambda $1,200.10; October Lambda $1,478.05 and S3 $10; November two days of $0.00036 each.
const LINES: [day: string, service: string, usd: string][] = [
  ['2026-09-10', 'AWS Lambda', '600.05'],
  ['2026-09-20', 'AWS Lambda', '600.05'],
  ['2026-10-05', 'AWS Lambda', '1000.00'],
  ['2026-10-25', 'AWS Lambda', '478.05'],
  ['2026-10-07', 'Amazon Simple Storage Service', '10'],
  ['2026-11-01', 'AWS Lambda', '0.00036'],
  ['2026-11-02', 'AWS Lambda', '0.00036'],
]
const RATES = [
  { month: '2026-09', krwPerUsd: '1380.50', source: 'AWS invoice 2026-09', asOf: '2026-10-03' },
  { month: '2026-10', krwPerUsd: '1385.20', source: 'AWS invoice 2026-10', asOf: '2026-11-03' },
  { month: '2026-11', krwPerUsd: '1385.20', source: 'company fixed rate', asOf: '2026-11-01' },
]

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  finance = await signedInHeaders(database.db, 'finance')
  await database.db.$executeRawUnsafe(`INSERT INTO aws_account (id, name) VALUES ('${ACCOUNT}', 'krw-test')`)
  for (const [day, service, usd] of LINES) {
    await database.db.$executeRawUnsafe(
      `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, unblended_cost, amortized_cost, usage_quantity)
       VALUES ($1::date, $2, $3, 'APN2-Usage', 'ap-northeast-2', $4::numeric, $4::numeric, 1)`,
      day,
      ACCOUNT,
      service,
      usd,
    )
  }
  routes = {
    rates: await import('../../app/api/fx-rates/route'),
    month: await import('../../app/api/fx-rates/[month]/route'),
    importCsv: await import('../../app/api/fx-rates/import/route'),
    costs: await import('../../app/api/costs/route'),
    costsCsv: await import('../../app/api/exports/costs.csv/route'),
  }
})

afterAll(async () => {
  const { pgPool } = await import('../../lib/server/db/pg-pool')
  const { db } = await import('../../lib/server/db/prisma')
  await pgPool().end()
  await db().$disconnect()
  await database?.drop()
})

const request = (path: string, init?: RequestInit) =>
  new Request(`http://localhost${path}`, {
    ...init,
    headers: { ...finance, ...(init?.headers as Record<string, string> | undefined) },
  })
const context = (params: Record<string, string>) => ({ params: Promise.resolve(params) })

function putRate(month: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    routes.month.PUT(
      request(`/api/fx-rates/${month}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      context({ month }),
    ),
  )
}

function importCsv(text: string, contentType = 'text/csv'): Promise<Response> {
  return Promise.resolve(
    routes.importCsv.POST(
      request('/api/fx-rates/import', { method: 'POST', headers: { 'content-type': contentType }, body: text }),
      undefined,
    ),
  )
}

async function listed(): Promise<
  { month: string; krwPerUsd: string; source: string; asOf: string; enteredBy: string | null }[]
> {
  const response = await routes.rates.GET(request('/api/fx-rates'), undefined)
  expect(response.status).toBe(200)
  return ((await response.json()) as { rates: [] }).rates
}

async function errorOf(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status)
  const body = (await response.json()) as { error: { code: string; message: string } }
  expect(body.error.code).toBeTruthy()
  return body.error.message
}

async function costs(query: string) {
  const response = await routes.costs.GET(request(`/api/costs?${query}`), undefined)
  expect(response.status).toBe(200)
  const body = await response.json()
  expect(costBreakdownResponse.parse(body)).toEqual(body)
  return costBreakdownResponse.parse(body)
}

describe('the rate table', () => {
  it('records a month’s rate with its source and date, replaces it, and lists it', async () => {
    const first = await putRate('2026-08', {
      krwPerUsd: '1390.123456',
      source: 'company fixed rate',
      asOf: '2026-08-01',
    })
    expect(first.status).toBe(200)
    expect(fxRateDto.parse(await first.json())).toMatchObject({
      month: '2026-08',
      krwPerUsd: '1390.123456',
      source: 'company fixed rate',
      asOf: '2026-08-01',
      enteredBy: expect.stringMatching(/^token integration finance \(finops_\w+\)$/),
    })
    const second = await putRate('2026-08', { krwPerUsd: '1391', source: 'AWS invoice 2026-08' })
    expect(await second.json()).toMatchObject({ krwPerUsd: '1391', source: 'AWS invoice 2026-08', asOf: '2026-12-07' }) // today: TEST_NOW's day
    expect((await listed()).filter((rate) => rate.month === '2026-08')).toHaveLength(1)
  })

  it.each([
    ['2026-13', { krwPerUsd: '1385.20', source: 'x' }, /month/],
    ['1999-12', { krwPerUsd: '1385.20', source: 'x' }, /month/],
    ['2026-11', { krwPerUsd: '1,385.20', source: 'x' }, /krwPerUsd/],
    ['2026-11', { krwPerUsd: '0', source: 'x' }, /krwPerUsd/],
    ['2026-11', { krwPerUsd: '-1385', source: 'x' }, /krwPerUsd/],
    ['2026-11', { krwPerUsd: 1385.2, source: 'x' }, /krwPerUsd/],
    ['2026-11', { krwPerUsd: '1385.1234567', source: 'x' }, /krwPerUsd/],
    ['2026-11', { krwPerUsd: '1385.20' }, /source/],
    ['2026-11', { krwPerUsd: '1385.20', source: '   ' }, /source/],
    ['2026-11', { krwPerUsd: '1385.20', source: 'x', asOf: '2026-02-30' }, /asOf/],
    ['2026-11', { krwPerUsd: '1385.20', source: 'x', rate: '1' }, /rate/],
  ])('refuses %s %j with a 400 naming the field, and writes nothing', async (month, body, field) => {
    const before = await listed()
    expect(await errorOf(await putRate(month, body), 400)).toMatch(field)
    expect(await listed()).toEqual(before)
  })

  it('imports a CSV of rates, all or nothing', async () => {
    const good =
      '\uFEFFmonth,krw_per_usd,source,as_of\r\n2026-09,1380.50,AWS invoice 2026-09,2026-10-03\r\n2026-10,1385.20,"AWS invoice 2026-10",2026-11-03\r\n'
    const response = await importCsv(good)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      imported: 2,
      rates: [
        { month: '2026-09', krwPerUsd: '1380.5' },
        { month: '2026-10', krwPerUsd: '1385.2', asOf: '2026-11-03' },
      ],
    })

    const before = await listed()
    const bad =
      'month,krw_per_usd,source\n2026-11,1385.20,ok\n2026-12,abc,bad rate\n2026-11,1390,again\n2027-01,1400,\n'
    const message = await errorOf(await importCsv(bad), 400)
    expect(message).toContain('No rate was written: 3 rows are invalid')
    expect(message).toMatch(/line 3: .*krwPerUsd/)
    expect(message).toContain('line 4: 2026-11 is already on line 2')
    expect(message).toMatch(/line 5: .*source/)
    expect(await listed()).toEqual(before)

    expect(await errorOf(await importCsv('month,rate\n2026-11,1\n'), 400)).toMatch(
      /header must name the columns .*missing krw_per_usd, source/,
    )
    expect(await errorOf(await importCsv('month,krw_per_usd,source\n"2026-11,1\n'), 400)).toMatch(/not a readable CSV/)
    expect(await errorOf(await importCsv(good, 'application/json'), 415)).toMatch(/text\/csv/)
    expect(await listed()).toEqual(before)
  })
})

describe('costs in won', () => {
  beforeAll(async () => {
    for (const { month, ...rate } of RATES) expect((await putRate(month, rate)).status).toBe(200)
  })

  it('one month against the one before: USD × the month’s rate, rounded once, and the change split into usage and FX that add up', async () => {
    const breakdown = await costs('from=2026-10-01&to=2026-10-31&granularity=monthly&groupBy=service&currency=KRW')
    // Oct: (1000 + 478.05 + 10) × 1385.20 = 1488.05 × 1385.20 = 2,060,949.25 + 297.61 = 2,061,246.86 → ₩2,061,247
    // Sep: 1200.10 × 1380.50 = 1,656,600 + 138.05 = 1,656,738.05 → ₩1,656,738
    // usage = (1488.05 − 1200.10) × 1380.50 = 397,514.975; FX = 1488.05 × (1385.20 − 1380.50) = 6,993.835
    expect(breakdown.total).toMatchObject({
      currentUsd: '1488.05',
      currentKrw: '2061246.86',
      previousKrw: '1656738.05',
      changeKrw: '404508.81',
      usageKrw: '397514.975',
      fxKrw: '6993.835',
    })
    expect(roundToWon(breakdown.total.currentKrw!).toFixed()).toBe('2061247')
    expect(roundToWon(breakdown.total.currentKrw!).toFixed()).toBe(
      roundToWon(usdToKrw(breakdown.total.currentUsd, '1385.20')).toFixed(),
    )
    expect(breakdown.currency).toBe('KRW')
    expect(breakdown.fx).toEqual([
      { month: '2026-09', krwPerUsd: '1380.5', source: 'AWS invoice 2026-09', asOf: '2026-10-03' },
      { month: '2026-10', krwPerUsd: '1385.2', source: 'AWS invoice 2026-10', asOf: '2026-11-03' },
    ])
    expect(breakdown.fxMissing).toEqual([])
    // Every group's split adds up to its change exactly; the groups' won add up to the total's.
    for (const line of [breakdown.total, ...breakdown.groups]) {
      expect(toDecimal(line.usageKrw!).plus(line.fxKrw!).toFixed()).toBe(toDecimal(line.changeKrw!).toFixed())
      expect(toDecimal(line.currentKrw!).minus(line.previousKrw!).toFixed()).toBe(toDecimal(line.changeKrw!).toFixed())
    }
    expect(sum(breakdown.groups.map((group) => group.currentKrw!)).toFixed()).toBe('2061246.86')
    const lambda = breakdown.groups.find((group) => group.values.service === 'AWS Lambda')!
    // The unit test's month (lib/domain/fx/krw.test.ts): 2,047,394.86 against 1,656,738.05, usage 383,709.975, FX 6,946.835.
    expect(lambda).toMatchObject({
      currentKrw: '2047394.86',
      previousKrw: '1656738.05',
      usageKrw: '383709.975',
      fxKrw: '6946.835',
    })
  })

  it('a range of several months converts each month at its own rate; a comparison month without a rate is named, its won null', async () => {
    const breakdown = await costs('from=2026-09-01&to=2026-11-30&granularity=monthly&groupBy=&currency=KRW')
    // 1,656,738.05 + 2,061,246.86 + 0.00072 × 1385.20 (= 0.997344) = 3,717,985.907344
    expect(breakdown.total).toMatchObject({
      currentKrw: '3717985.907344',
      byPeriodKrw: ['1656738.05', '2061246.86', '0.997344'],
      previousKrw: null,
      changeKrw: null,
      usageKrw: null,
      fxKrw: null,
    })
    expect(breakdown.fxMissing).toEqual(['2026-06', '2026-07'])
    expect(breakdown.notes.join(' ')).toContain('No KRW rate is recorded for 2026-06, 2026-07')
  })

  it('rounds the won once: two days of ₩0.498672 are ₩1, not ₩0 + ₩0', async () => {
    const breakdown = await costs('from=2026-11-01&to=2026-11-02&granularity=daily&groupBy=&currency=KRW')
    expect(breakdown.total.byPeriodKrw).toEqual(['0.498672', '0.498672'])
    expect(roundToWon(breakdown.total.currentKrw!).toFixed()).toBe('1')
  })

  it('answers in USD alone without currency=KRW', async () => {
    const breakdown = await costs('from=2026-10-01&to=2026-10-31&granularity=monthly&groupBy=service')
    expect(breakdown.currency).toBe('USD')
    expect(breakdown.fx).toBeUndefined()
    expect(breakdown.total.currentKrw).toBeUndefined()
  })

  it('refuses an unknown currency with a 400', async () => {
    const response = await routes.costs.GET(request('/api/costs?currency=EUR'), undefined)
    expect(await errorOf(response, 400)).toMatch(/currency/)
  })

  it('costs.csv in won: cost_krw beside cost_usd with the rate and its source, summing to the API’s won exactly', async () => {
    const query = 'from=2026-09-01&to=2026-10-31&granularity=daily&groupBy=service&currency=KRW'
    const response = await routes.costsCsv.GET(request(`/api/exports/costs.csv?${query}`), undefined)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('_krw.csv')
    const text = await response.text()
    expect(text.split('\r\n')[0]!.replace('\uFEFF', '')).toBe(
      'row_type,period_start,service,cost_usd,cost_krw,krw_per_usd,fx_source,fx_as_of,amortized_cost_usd,estimated',
    )
    const all = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    const rows = all.filter((row) => row.row_type === 'detail')
    expect(rows.find((row) => row.period_start === '2026-10-25')).toMatchObject({
      cost_usd: '478.0500000000',
      cost_krw: '662194.86',
      krw_per_usd: '1385.2',
      fx_source: 'AWS invoice 2026-10',
      fx_as_of: '2026-11-03',
    }) // 478.05 × 1385.20 = 662,099.25 + 95.61
    expect(rows.find((row) => row.period_start === '2026-09-10')).toMatchObject({
      cost_krw: '828369.025',
      krw_per_usd: '1380.5',
    }) // 600.05 × 1380.50
    const api = await costs(query)
    expect(sum(rows.map((row) => row.cost_krw!)).toFixed()).toBe(toDecimal(api.total.currentKrw!).toFixed())
    // The total row, last, sums the won too; a rate has no total.
    expect(all.at(-1)).toMatchObject({
      row_type: 'total',
      cost_krw: toDecimal(api.total.currentKrw!).toFixed(),
      krw_per_usd: '',
    })
  })

  it('costs.csv in won is refused with a 422 naming the month that has no rate, before any row is written', async () => {
    const response = await routes.costsCsv.GET(
      request('/api/exports/costs.csv?from=2026-06-01&to=2026-09-30&currency=KRW'),
      undefined,
    )
    expect(await errorOf(response, 422)).toMatch(
      /No KRW rate is recorded for 2026-06, 2026-07: .*PUT \/api\/fx-rates\/2026-06/,
    )
  })
})
