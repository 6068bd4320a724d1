// Dates outside the supported calendar (2000-01-01 .. 2099-12-31) are refused with a 400 that names the
// parameter, before any query runs: year 9999 once froze the server in a day loop that never ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertAccounts, upsertRegions } from '../../lib/server/repositories/write-accounts'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'
import { addFunction } from './helpers/add-function'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
let database: TestDatabase
let functionId: number
let admin: { authorization: string }
const routes: Record<string, { GET: Handler }> = {}

const get = async (route: string, path: string, params: Record<string, string> = {}) => {
  const response = await routes[route]!.GET(new Request(`http://localhost${path}`, { headers: admin }), {
    params: Promise.resolve(params),
  })
  return { status: response.status, body: await response.json() }
}

beforeAll(async () => {
  database = await createTestDatabase()
  admin = await signedInHeaders(database.db)
  process.env.DATABASE_URL = database.url
  await upsertRegions(database.db)
  await upsertAccounts(database.db, [{ id: '123456789012', name: 'test', isDemo: false }])
  functionId = (
    await addFunction(database.db, {
      accountId: '123456789012',
      region: 'us-east-1',
      name: 'api',
      memoryMb: 512,
      architecture: 'arm64',
      from: '2026-09-01',
      to: '2026-10-31',
      invocationsPerDay: 1000,
      durationMs: 50,
    })
  ).id
  Object.assign(routes, {
    overview: await import('../../app/api/overview/route'),
    lambdaChange: await import('../../app/api/overview/lambda-change/route'),
    costs: await import('../../app/api/costs/route'),
    costsCsv: await import('../../app/api/exports/costs.csv/route'),
    functionsCsv: await import('../../app/api/exports/functions.csv/route'),
    functions: await import('../../app/api/functions/route'),
    functionById: await import('../../app/api/functions/[id]/route'),
    anomalies: await import('../../app/api/anomalies/route'),
    reconciliation: await import('../../app/api/reconciliation/route'),
  })
}, 120_000)

afterAll(async () => {
  await database?.drop()
})

describe('dates outside 2000-01-01 .. 2099-12-31', () => {
  it.each([
    ['overview', '/api/overview?month=9999-12', '`month`'],
    ['lambdaChange', '/api/overview/lambda-change?month=1999-12', '`month`'],
    ['costs', '/api/costs?from=9999-12-01&to=9999-12-31&granularity=daily', '`from`'],
    ['costsCsv', '/api/exports/costs.csv?from=9999-12-01&to=9999-12-31&granularity=daily', '`to`'],
    ['functionsCsv', '/api/exports/functions.csv?month=2100-01', '`month`'],
    ['functions', '/api/functions?from=0001-01-01&to=2026-10-31', '`from`'],
    ['anomalies', '/api/anomalies?from=2026-01-01&to=9999-12-31', '`to`'],
    ['reconciliation', '/api/reconciliation?from=9999-11&to=9999-12', '`from`'],
  ])('%s: %s is a 400 naming %s', async (route, path, field) => {
    const { status, body } = await get(route, path)
    expect(status).toBe(400)
    expect(body.error.message).toContain(field)
    expect(body.error.message).toMatch(/between 2000-01(-01)? and 2099-12(-31)?/)
  })

  it('a function page refuses a year-9999 day and the wrong calendar day alike', async () => {
    const late = await get('functionById', `/api/functions/${functionId}?from=9999-12-01&to=9999-12-31`, {
      id: String(functionId),
    })
    expect(late.status).toBe(400)
    expect(late.body.error.message).toContain('`from`')
    const impossible = await get('functionById', `/api/functions/${functionId}?from=2026-02-30`, {
      id: String(functionId),
    })
    expect(impossible.status).toBe(400)
    expect(impossible.body.error.message).toContain('`from`: expected a calendar date')
  })
})

describe('GET /api/functions/{id} has the same longest range as /api/costs', () => {
  it('refuses more than 800 days, given both ends or only `from`', async () => {
    const both = await get('functionById', `/api/functions/${functionId}?from=2000-01-01&to=2026-10-31`, {
      id: String(functionId),
    })
    expect(both.status).toBe(400)
    expect(both.body.error.message).toContain('at most 800 days')
    const open = await get('functionById', `/api/functions/${functionId}?from=2000-01-01`, { id: String(functionId) })
    expect(open.status).toBe(400)
    expect(open.body.error.message).toContain('at most 800 days')
    const costs = await get('costs', '/api/costs?from=2000-01-01&to=2026-10-31')
    expect(costs.body.error.message).toContain('at most 800 days')
  })

  it('answers a range of 800 days', async () => {
    const { status, body } = await get('functionById', `/api/functions/${functionId}?from=2024-08-23&to=2026-10-31`, {
      id: String(functionId),
    })
    expect(status).toBe(200)
    expect(body.range).toMatchObject({ from: '2024-08-23', to: '2026-10-31' })
    expect(body.series).toHaveLength(800)
  })
})
