// Cost files billed in won (FOCUS BillingCurrency=KRW, CUR line_item_currency_code=KRW), through the import route:
// refused with a 422 naming the billing month while it has no recorded rate (nothing imported), then, with the
// rate, stored in USD exactly as the same file in dollars would be, the won as billed and the rate kept per line.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sum, toDecimal } from '../../lib/domain/money'
import { billedTotal, csvOf, curExport, focusExport, inWon, storedTotalOf } from '../support/cost-files'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, emptyTables, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: unknown) => Promise<Response>
let database: TestDatabase
/** Imports and exchange rates: an admin holds both permissions. */
let admin: { authorization: string }
let routes: { imports: { POST: Handler }; rate: { PUT: Handler } }

const RATE = '1385.20'
const FOCUS_USD = focusExport(['2025-09-15']) // billing period 2025-09
const CUR_USD = curExport(FOCUS_USD)

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  routes = {
    imports: (await import('../../app/api/imports/route')) as never,
    rate: (await import('../../app/api/fx-rates/[month]/route')) as never,
  }
})

afterAll(async () => {
  await database?.drop()
})

beforeEach(async () => {
  await emptyTables(database.db)
  admin = await signedInHeaders(database.db, 'admin')
})

const post = (fileName: string, bytes: Buffer) =>
  routes.imports.POST(
    new Request(`http://localhost/api/imports?fileName=${fileName}`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: new Uint8Array(bytes),
    }),
    undefined,
  )

const recordRate = async (month: string) => {
  const response = await routes.rate.PUT(
    new Request(`http://localhost/api/fx-rates/${month}`, {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ krwPerUsd: RATE, source: 'AWS invoice 2025-09' }),
    }),
    { params: Promise.resolve({ month }) },
  )
  expect(response.status).toBe(200)
}

const storedTotal = async () => {
  const [row] = await database.db.$queryRaw<
    { total: string | null }[]
  >`SELECT sum(unblended_cost)::text AS total FROM cost_line_item`
  return toDecimal(row!.total ?? '0').toFixed()
}

describe.each([
  ['FOCUS', 'BillingCurrency=KRW', FOCUS_USD],
  ['CUR 2.0', 'line_item_currency_code=KRW', CUR_USD],
])('a %s file with %s', (_kind, _column, usd) => {
  const won = inWon(usd, RATE)

  it('is refused with a 422 naming the billing month while that month has no rate, and nothing is imported', async () => {
    const response = await post('billed-in-won.csv', csvOf(won))
    expect(response.status).toBe(422)
    const { error } = (await response.json()) as {
      error: { code: string; message: string; details: { months: string[] } }
    }
    expect(error.code).toBe('unprocessable')
    expect(error.message).toMatch(
      /^No KRW rate is recorded for 2025-09: .* Record it with PUT \/api\/fx-rates\/2025-09/,
    )
    expect(error.details.months).toEqual(['2025-09'])
    expect(await database.db.costFileImport.count()).toBe(0)
    expect(await database.db.costFileLine.count()).toBe(0)
    expect(await storedTotal()).toBe('0')
  })

  it('with the month’s rate, is stored in USD as the same file in dollars is, keeping the won as billed and the rate', async () => {
    await recordRate('2025-09')
    const response = await post('billed-in-won.csv', csvOf(won))
    expect(response.status).toBe(201)
    // Won ÷ 1,385.20 gives each row's dollars back exactly: the same line items as the dollar file.
    expect(await storedTotal()).toBe(toDecimal(storedTotalOf(usd)).toFixed())
    const lines = await database.db.costFileLine.findMany()
    expect(lines).toHaveLength(usd.rows.length)
    expect(new Set(lines.map((line) => line.currency))).toEqual(new Set(['KRW']))
    expect(new Set(lines.map((line) => line.krwPerUsd?.toFixed()))).toEqual(new Set(['1385.2']))
    // The won as billed, line by line: their sum is the file's billed total in won.
    expect(sum(lines.map((line) => line.billedUnblendedCost!.toFixed())).toFixed()).toBe(
      toDecimal(billedTotal(won)).toFixed(),
    )
    for (const line of lines)
      expect(toDecimal(line.unblendedCost.toFixed()).times(RATE).toFixed()).toBe(
        toDecimal(line.billedUnblendedCost!.toFixed()).toFixed(),
      )
  })

  it('the same file in dollars keeps no won', async () => {
    expect((await post('billed-in-dollars.csv', csvOf(usd))).status).toBe(201)
    const lines = await database.db.costFileLine.findMany()
    expect(
      lines.every((line) => line.currency === 'USD' && line.billedUnblendedCost === null && line.krwPerUsd === null),
    ).toBe(true)
  })
})
