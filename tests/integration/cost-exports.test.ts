// The CSV exports through their real route handlers (streamed Responses) against a real database with the
// demo data, plus functions with hostile and Korean names.
import { parse } from 'csv-parse/sync'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PRODUCTION_ACCOUNT } from '../../lib/domain/demo/demo-scenario'
import { FORMULA_TRIGGERS } from '../../lib/domain/csv/neutralize-formula'
import { Decimal, roundToCents, sum, toDecimal } from '../../lib/domain/money'
import { keepWarmCost } from '../../lib/domain/pricing/keep-warm-cost'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { streamRows } from '../../lib/server/db/stream-rows'
import { costsCsvChunks } from '../../lib/server/exports/costs-csv'
import { waitUntil } from '../support/wait-until'
import { addFunction } from './helpers/add-function'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Route = { GET: (request: Request, context: unknown) => Promise<Response> | Response }

let database: TestDatabase
let routes: { costs: Route; costsCsv: Route; functionsCsv: Route }
let finance: { authorization: string }

const HOSTILE = '=HYPERLINK("http://x","y")'
const KOREAN = '주문-처리기'
const OCTOBER = 'from=2026-10-01&to=2026-10-31'
const DRIVER_COLUMNS = [
  'volume',
  'keep_warm',
  'duration',
  'retries',
  'memory',
  'price',
  'new',
  'removed',
  'unexplained',
].map((driver) => `change_${driver}_usd`)

beforeAll(async () => {
  database = await createTestDatabase()
  // The route handlers reach the database through DATABASE_URL, read once per process.
  process.env.DATABASE_URL = database.url
  finance = await signedInHeaders(database.db, 'finance')
  await loadDemoData(database.db, { today: '2026-11-22' })
  for (const name of [HOSTILE, KOREAN]) {
    await addFunction(database.db, {
      accountId: DEMO_PRODUCTION_ACCOUNT,
      region: 'ap-northeast-2',
      name,
      memoryMb: 256,
      architecture: 'arm64',
      from: '2026-10-01',
      to: '2026-10-31',
      invocationsPerDay: 20_000,
      durationMs: 120,
    })
  }
  routes = {
    costs: await import('../../app/api/costs/route'),
    costsCsv: await import('../../app/api/exports/costs.csv/route'),
    functionsCsv: await import('../../app/api/exports/functions.csv/route'),
  }
})

afterAll(async () => {
  const { pgPool } = await import('../../lib/server/db/pg-pool')
  const { db } = await import('../../lib/server/db/prisma')
  await pgPool().end()
  await db().$disconnect()
  await database?.drop()
})

function get(route: Route, path: string, init?: RequestInit): Promise<Response> {
  return Promise.resolve(
    route.GET(
      new Request(`http://localhost${path}`, {
        ...init,
        headers: { ...finance, ...(init?.headers as Record<string, string> | undefined) },
      }),
      undefined,
    ),
  )
}

/** `rows` are the detail rows; `total` the marked total row, which must be the file's last. */
async function csvOf(
  route: Route,
  path: string,
): Promise<{
  response: Response
  bytes: Uint8Array
  text: string
  rows: Record<string, string>[]
  total: Record<string, string>
}> {
  const response = await get(route, path)
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const all = parse(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[]
  expect(all.map((row) => row.row_type)).toEqual([...all.slice(1).map(() => 'detail'), 'total'])
  return { response, bytes, text, rows: all.slice(0, -1), total: all.at(-1)! }
}

async function totalOf(query: string): Promise<string> {
  const response = await get(routes.costs, `/api/costs?${query}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { total: { currentUsd: string } }).total.currentUsd
}

describe('costs.csv', () => {
  it.each([
    [
      `${OCTOBER}&granularity=daily&groupBy=service`,
      ['row_type', 'period_start', 'service', 'cost_usd', 'amortized_cost_usd', 'estimated'],
    ],
    [
      `${OCTOBER}&granularity=monthly&groupBy=account,usage_type`,
      [
        'row_type',
        'period_start',
        'account_id',
        'account_name',
        'usage_type',
        'cost_usd',
        'amortized_cost_usd',
        'usage_quantity',
        'usage_unit',
        'estimated',
      ],
    ],
    [
      `${OCTOBER}&granularity=daily&groupBy=function&service=AWS%20Lambda`,
      [
        'row_type',
        'period_start',
        'account_id',
        'account_name',
        'function_name',
        'cost_usd',
        'estimated',
        'function_arn',
      ],
    ],
    [
      `${OCTOBER}&granularity=monthly&groupBy=usage_type,function&account=${DEMO_PRODUCTION_ACCOUNT}`,
      [
        'row_type',
        'period_start',
        'usage_type',
        'account_id',
        'account_name',
        'function_name',
        'cost_usd',
        'estimated',
        'function_arn',
      ],
    ],
    [
      `${OCTOBER}&granularity=monthly&groupBy=account,function`,
      [
        'row_type',
        'period_start',
        'account_id',
        'account_name',
        'function_name',
        'cost_usd',
        'estimated',
        'function_arn',
      ],
    ],
    [
      `${OCTOBER}&granularity=monthly&groupBy=&region=ap-northeast-2&region=us-east-1`,
      ['row_type', 'period_start', 'cost_usd', 'amortized_cost_usd', 'estimated'],
    ],
    [
      `from=2026-11-01&to=2026-11-30&granularity=daily&groupBy=region`,
      ['row_type', 'period_start', 'region', 'cost_usd', 'amortized_cost_usd', 'estimated'],
    ],
  ])('the sum of cost_usd equals the /api/costs total for the same query, to the cent (%s)', async (query, columns) => {
    const csv = await csvOf(routes.costsCsv, `/api/exports/costs.csv?${query}`)
    const { rows, text } = csv
    expect(text.split('\r\n')[0]!.replace('\uFEFF', '')).toBe(columns.join(','))
    expect(rows.length).toBeGreaterThan(0)
    const exported = sum(rows.map((row) => row.cost_usd!))
    const total = toDecimal(await totalOf(query))
    expect(roundToCents(exported).toFixed(2)).toBe(roundToCents(total).toFixed(2))
    // Full precision, no per-row rounding: the sums are equal exactly, not only to the cent.
    expect(exported.eq(total)).toBe(true)
    // The total row says the same, and names no period or group.
    expect(toDecimal(csv.total.cost_usd!).eq(total)).toBe(true)
    for (const column of columns.slice(1, columns.indexOf('cost_usd'))) expect(csv.total[column]).toBe('')
  })

  it("grouped by function, names each function's account (id and name) beside it, from its ARN's account", async () => {
    const accounts = new Map((await database.db.awsAccount.findMany()).map((account) => [account.id, account.name]))
    const { rows } = await csvOf(
      routes.costsCsv,
      `/api/exports/costs.csv?${OCTOBER}&granularity=monthly&groupBy=function`,
    )
    expect(new Set(rows.map((row) => row.account_id)).size).toBeGreaterThan(1)
    for (const row of rows) {
      expect(row.function_arn!.split(':')[4]).toBe(row.account_id)
      expect(row.account_name).toBe(accounts.get(row.account_id!))
    }
    expect(rows.find((row) => row.function_name === 'recommender-embed-user')).toMatchObject({
      account_id: DEMO_PRODUCTION_ACCOUNT,
      account_name: 'acme-production (demo)',
    })
  })

  it('is RFC 4180 with CRLF, a single BOM at byte 0, text/csv UTF-8 and a file name with the period', async () => {
    const { response, bytes, text } = await csvOf(
      routes.costsCsv,
      `/api/exports/costs.csv?${OCTOBER}&granularity=daily&groupBy=service`,
    )
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="costs_2026-10-01_2026-10-31_daily_by_service.csv"; filename*=UTF-8''costs_2026-10-01_2026-10-31_daily_by_service.csv`,
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.indexOf('\uFEFF', 1)).toBe(-1)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    // Amounts are bare numbers with a dot and no thousands separator; days are ISO.
    const first = text.split('\r\n')[1]!
    expect(first).toMatch(/^"detail","2026-10-01","[^"]+",\d+\.\d+,\d+\.\d+,"false"$/)
  })

  it('marks AWS-estimated periods', async () => {
    const { rows, total } = await csvOf(
      routes.costsCsv,
      `/api/exports/costs.csv?from=2026-10-30&to=2026-11-02&granularity=daily&groupBy=`,
    )
    expect(rows.map((row) => [row.period_start, row.estimated])).toEqual([
      ['2026-10-30', 'false'],
      ['2026-10-31', 'false'],
      ['2026-11-01', 'true'],
      ['2026-11-02', 'true'],
    ])
    // The total covers estimated days, so it is estimated too.
    expect(total.estimated).toBe('true')
    expect(toDecimal(total.amortized_cost_usd!).eq(sum(rows.map((row) => row.amortized_cost_usd!)))).toBe(true)
  })

  it('streams in batches from a cursor: many chunks, the same bytes as one piece', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 1 })
    try {
      const query = {
        from: '2026-10-01',
        to: '2026-10-31',
        granularity: 'daily' as const,
        groupBy: ['function' as const],
        filters: {},
      }
      const chunks: string[] = []
      for await (const chunk of costsCsvChunks(pool, query, { batchSize: 100 })) chunks.push(chunk)
      expect(chunks.length).toBeGreaterThan(10)
      const whole = (
        await csvOf(routes.costsCsv, `/api/exports/costs.csv?${OCTOBER}&granularity=daily&groupBy=function`)
      ).text
      expect(chunks.join('')).toBe(whole)
    } finally {
      await pool.end()
    }
  })
})

describe('functions.csv', () => {
  const COLUMNS = [
    'row_type',
    'account_id',
    'account_name',
    'region',
    'function_name',
    'architecture',
    'memory_mb',
    'invocations',
    'errors',
    'gb_seconds',
    'estimated_cost_usd',
    'previous_month_cost_usd',
    'change_vs_previous_month_usd',
    'change_vs_previous_month_pct',
    'change_reason',
    'keep_warm_budget_usd',
    'keep_warm_actual_usd',
    'keep_warm_over_budget_usd',
    'function_arn',
  ]

  it('names each column for what it is, and adds up to the /api/costs total by function to the cent', async () => {
    const {
      rows,
      text,
      response,
      total: totalRow,
    } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-10')
    expect(response.headers.get('content-disposition')).toContain(`filename="functions_2026-10.csv"`)
    const header = text.split('\r\n')[0]!.replace('\uFEFF', '').split(',')
    expect(header.slice(0, COLUMNS.length)).toEqual(COLUMNS)
    expect(header.slice(COLUMNS.length)).toEqual(DRIVER_COLUMNS)
    const exported = sum(rows.map((row) => row.estimated_cost_usd!))
    const total = toDecimal(await totalOf(`${OCTOBER}&granularity=monthly&groupBy=function`))
    expect(roundToCents(exported).toFixed(2)).toBe(roundToCents(total).toFixed(2))
    expect(exported.eq(total)).toBe(true)
    // The total row: every amount and count summed exactly, nothing that does not add up (memory, a percentage).
    expect(totalRow).toMatchObject({
      account_id: '',
      function_name: 'All functions',
      memory_mb: '',
      change_vs_previous_month_pct: '',
    })
    for (const column of [
      'invocations',
      'errors',
      'gb_seconds',
      'estimated_cost_usd',
      'previous_month_cost_usd',
      'change_vs_previous_month_usd',
      'keep_warm_budget_usd',
      'keep_warm_actual_usd',
      'keep_warm_over_budget_usd',
      ...DRIVER_COLUMNS,
    ]) {
      expect(
        toDecimal(totalRow[column]!).eq(sum(rows.map((row) => row[column]).filter((cell) => cell !== '') as string[])),
        column,
      ).toBe(true)
    }
    expect(
      sum(rows.map((row) => row.previous_month_cost_usd!)).eq(
        toDecimal(await totalOf(`from=2026-09-01&to=2026-09-30&granularity=monthly&groupBy=function`)),
      ),
    ).toBe(true)
  })

  it('the change = estimated − previous month, explained by driver columns that sum to it and the dominant reason', async () => {
    const { rows } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-10')
    for (const row of rows) {
      const variance = toDecimal(row.estimated_cost_usd!).minus(row.previous_month_cost_usd!)
      expect(toDecimal(row.change_vs_previous_month_usd!).eq(variance)).toBe(true)
      const drivers = sum(DRIVER_COLUMNS.map((column) => row[column]!))
      expect(drivers.eq(variance)).toBe(true)
      // The cost model reproduces every stored estimate, so every change is split into causes.
      expect(row.change_unexplained_usd).toBe('0')
      if (!variance.isZero())
        expect(row.change_reason).toMatch(/^(volume|keep_warm|duration|retries|memory|price|new|removed): \S/)
    }
    const recommender = rows.find((row) => row.function_name === 'recommender-embed-user')!
    expect(recommender).toMatchObject({
      account_id: DEMO_PRODUCTION_ACCOUNT,
      account_name: 'acme-production (demo)',
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memory_mb: '2048',
    })
    // Its retries repeated failed keep-warm pings: keep-warm traffic.
    expect(recommender.change_reason).toMatch(
      /^keep_warm: Keep-warm: keep-warm pings [\d,]+ → [\d,]+; retried pings [\d,]+ → [\d,]+ \(keep-warm pings that failed and were retried, /,
    )
    expect(Number(recommender.errors)).toBeGreaterThan(100_000)
    expect(rows.find((row) => row.function_name === 'orders-api')!.change_reason).toMatch(/^volume: /)
    expect(rows.find((row) => row.function_name === KOREAN)!.change_reason).toMatch(/^new: /)
  })

  it('keep_warm_budget_usd is the budget × the keep-warm price for the month’s days, empty without a budget', async () => {
    const { rows } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-10')
    const expected = keepWarmCost({
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memoryMb: 2048,
      intervalMinutes: 1,
      concurrency: 1,
      pingDurationMs: 10_000,
      days: 31,
    })
    expect(rows.find((row) => row.function_name === 'recommender-embed-user')!.keep_warm_budget_usd).toBe(
      expected.totalUsd.toFixed(),
    )
    // By hand: 31 days × 1,440 pings = 44,640 requests × $0.0000002 = $0.008928, plus 44,640 × 10 s × 2 GB =
    // 892,800 GB-s × $0.0000133334 (Seoul arm64) = $11.90405952.
    expect(expected.totalUsd.toFixed()).toBe('11.91298752')
    expect(rows.find((row) => row.function_name === 'orders-api')!.keep_warm_budget_usd).toBe('')
  })

  it('keep_warm_actual_usd is the measured cost of the pings that month, far above the budget in the retry storm', async () => {
    const { rows } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-10')
    const [stored] = await database.db.$queryRaw<{ cost: string }[]>`
      SELECT sum(k.ping_cost_usd)::text AS cost FROM keep_warm_daily k JOIN lambda_function f ON f.id = k.function_id
      WHERE f.name = 'recommender-embed-user' AND k.day BETWEEN '2026-10-01' AND '2026-10-31'`
    const recommender = rows.find((row) => row.function_name === 'recommender-embed-user')!
    expect(toDecimal(recommender.keep_warm_actual_usd!).eq(toDecimal(stored!.cost))).toBe(true)
    expect(
      toDecimal(recommender.keep_warm_actual_usd!).gt(toDecimal(recommender.keep_warm_budget_usd!).times(10)),
    ).toBe(true)
    // Over budget by the difference; a function without a budget has no variance against one.
    expect(
      toDecimal(recommender.keep_warm_over_budget_usd!).eq(
        toDecimal(recommender.keep_warm_actual_usd!).minus(recommender.keep_warm_budget_usd!),
      ),
    ).toBe(true)
    expect(rows.find((row) => row.function_name === 'orders-api')!.keep_warm_over_budget_usd).toBe('')
    expect(rows.find((row) => row.function_name === 'orders-api')!.keep_warm_actual_usd).toBe('')
  })

  it('a month in progress budgets only the days with data', async () => {
    const { rows } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-11')
    const expected = keepWarmCost({
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memoryMb: 2048,
      intervalMinutes: 1,
      concurrency: 1,
      pingDurationMs: 10_000,
      days: 21,
    })
    expect(rows.find((row) => row.function_name === 'recommender-embed-user')!.keep_warm_budget_usd).toBe(
      expected.totalUsd.toFixed(),
    )
    // By hand: 21 × 1,440 = 30,240 requests × $0.0000002 = $0.006048, plus 604,800 GB-s × $0.0000133334 = $8.06404032.
    expect(expected.totalUsd.toFixed()).toBe('8.07008832')
  })
})

describe('hostile and international names', () => {
  const exports = [
    [
      'costs.csv',
      () => csvOf(routes.costsCsv, `/api/exports/costs.csv?${OCTOBER}&granularity=monthly&groupBy=function`),
    ],
    ['functions.csv', () => csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-10')],
  ] as const

  it.each(exports)(
    'a function named =HYPERLINK("http://x","y") is exported by %s as inert text',
    async (_name, load) => {
      const { text, rows } = await load()
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
      expect(rows.map((row) => row.function_name)).toContain(`'${HOSTILE}`)
      // No cell of the file, as written, starts with a formula trigger, except negative numbers (typed, unquoted).
      for (const line of text.split('\r\n')) {
        for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
          if (/^-\d+(\.\d+)?$/.test(cell)) continue
          expect(FORMULA_TRIGGERS).not.toContain(cell.replace(/^"/, '')[0])
        }
      }
    },
  )

  it.each(exports)(
    'a Korean function name round-trips through %s (UTF-8, parsed back with csv-parse)',
    async (_name, load) => {
      const { rows, bytes } = await load()
      expect(rows.map((row) => row.function_name)).toContain(KOREAN)
      const encoded = new TextEncoder().encode(KOREAN)
      expect(Buffer.from(bytes).includes(Buffer.from(encoded))).toBe(true)
    },
  )

  it('negative amounts stay numbers', async () => {
    const { text } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-11')
    expect(text).toMatch(/,-\d+(\.\d+)?,/)
    expect(text).not.toMatch(/'-\d/)
  })
})

describe('invalid parameters get a 400 naming the parameter', () => {
  it.each([
    ['/api/costs?granularity=weekly', 'granularity'],
    ['/api/costs?groupBy=service,colour', 'groupBy'],
    ['/api/costs?groupBy=service,account,region', 'groupBy'],
    ['/api/costs?groupBy=service,service', 'groupBy'],
    ['/api/costs?from=2026-10-01', 'to'],
    ['/api/costs?to=2026-10-01', 'from'],
    ['/api/costs?from=2026-10-31&to=2026-10-01', 'to'],
    ['/api/costs?from=2026-02-30&to=2026-03-01', 'from'],
    ['/api/costs?from=2024-01-01&to=2026-10-31', 'to'],
    ['/api/costs?account=12345', 'account'],
    ['/api/costs?region=Seoul', 'region'],
    ['/api/costs?function=orders-api', 'function'],
    ['/api/costs?servce=AWS%20Lambda', 'servce'],
    ['/api/exports/costs.csv?granularity=hourly', 'granularity'],
    ['/api/exports/costs.csv?groupBy=team,service', 'groupBy'],
    ['/api/exports/functions.csv', 'month'],
    ['/api/exports/functions.csv?month=2026-13', 'month'],
    ['/api/exports/functions.csv?month=2026-10&groupBy=service', 'groupBy'],
  ])('%s → 400 naming `%s`', async (path, parameter) => {
    const route = path.startsWith('/api/costs')
      ? routes.costs
      : path.includes('costs.csv')
        ? routes.costsCsv
        : routes.functionsCsv
    const response = await get(route, path)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/json')
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toContain(parameter)
  })
})

describe('streaming stops when the client goes away', () => {
  async function exportQueries(): Promise<number> {
    const [row] = await database.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%export_rows%'`,
    )
    return row!.n
  }

  // The stream reads a batch only when the client pulls one: without the abort's handling the cursor's transaction
  // would stay open for ever, so waiting until it closes proves the stop (the limit only catches that hang).
  it('an aborted download stops the database reads and gives the connection back', async () => {
    const controller = new AbortController()
    const response = await get(
      routes.costsCsv,
      `/api/exports/costs.csv?from=2025-11-01&to=2026-11-21&granularity=daily&groupBy=usage_type,account`,
      { signal: controller.signal },
    )
    const reader = response.body!.getReader()
    expect((await reader.read()).done).toBe(false)
    expect(await exportQueries()).toBe(1) // the cursor's transaction is open between batches
    controller.abort()
    await reader.cancel()
    await waitUntil(async () => (await exportQueries()) === 0, 'the export cursor to close', { intervalMs: 20 })
  })

  it('a consumer that stops early, an abort signal and a failing query all return the connection to the pool', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 1 })
    const sql = { text: 'SELECT g FROM generate_series(1, 100000) g', values: [] }
    try {
      for await (const batch of streamRows(pool, sql, { batchSize: 10 })) {
        expect(batch).toHaveLength(10)
        break
      }
      expect(pool.idleCount).toBe(pool.totalCount)
      const controller = new AbortController()
      const rows = streamRows(pool, sql, { batchSize: 10, signal: controller.signal })
      await rows.next()
      controller.abort()
      await expect(rows.next()).rejects.toThrow(/abort/i)
      expect(pool.idleCount).toBe(pool.totalCount)
      await expect(
        streamRows(pool, { text: 'SELECT 1 / (g - 5) FROM generate_series(1, 10) g', values: [] }).next(),
      ).rejects.toThrow('division by zero')
      // The failed connection was discarded; the pool still serves.
      expect((await pool.query('SELECT 1 AS ok')).rows[0].ok).toBe(1)
      expect(pool.idleCount).toBe(pool.totalCount)
    } finally {
      await pool.end()
    }
  })
})

describe('the functions report covers functions that stopped', () => {
  it('a function with cost only last month has a zero estimate, a negative variance and reason removed', async () => {
    const gone = await addFunction(database.db, {
      accountId: DEMO_PRODUCTION_ACCOUNT,
      region: 'us-east-1',
      name: 'retired-job',
      memoryMb: 512,
      architecture: 'x86_64',
      from: '2026-08-01',
      to: '2026-08-31',
      invocationsPerDay: 1000,
      durationMs: 1000,
    })
    const { rows } = await csvOf(routes.functionsCsv, '/api/exports/functions.csv?month=2026-09')
    const row = rows.find((candidate) => candidate.function_arn === gone.arn)!
    expect(row.estimated_cost_usd).toBe('0')
    expect(toDecimal(row.change_vs_previous_month_usd!).isNegative()).toBe(true)
    expect(row.change_reason).toMatch(/^removed: /)
    expect(new Decimal(row.change_removed_usd!).eq(toDecimal(row.change_vs_previous_month_usd!))).toBe(true)
  })
})
