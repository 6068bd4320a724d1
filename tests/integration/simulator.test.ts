import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scenarioFromWorkload } from '../../lib/domain/simulator/scenario-from-workload'
import { simulate } from '../../lib/domain/simulator/simulate'
import { DEFAULT_SCENARIO } from '../../lib/domain/simulator/simulator-reference'
import { toSimulationResponse } from '../../lib/domain/simulator/simulation-response'
import { workloadInWords } from '../../lib/domain/simulator/workload-from-metrics'
import { inEnglish } from '../../lib/i18n/english-phrase'
import { functionWorkloadResponse } from '../../lib/schemas/function-workload'
import { AppError } from '../../lib/server/http/app-error'
import { getFunctionWorkload } from '../../lib/server/queries/get-function-workload'
import { searchFunctions } from '../../lib/server/queries/search-functions'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
let routes: {
  simulate: typeof import('../../app/api/simulate/route')
  workload: typeof import('../../app/api/functions/[id]/workload/route')
  search: typeof import('../../app/api/simulator/functions/route')
  reference: typeof import('../../app/api/simulator/reference/route')
}

const idOf = async (name: string) => (await database.db.lambdaFunction.findFirstOrThrow({ where: { name } })).id

beforeAll(async () => {
  database = await createTestDatabase()
  viewer = await signedInHeaders(database.db, 'viewer')
  await import('../../lib/server/demo/load-demo-data').then(({ loadDemoData }) =>
    loadDemoData(database.db, { today: '2026-11-22' }),
  )
  // The route handlers use the app's database client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = database.url
  routes = {
    simulate: await import('../../app/api/simulate/route'),
    workload: await import('../../app/api/functions/[id]/workload/route'),
    search: await import('../../app/api/simulator/functions/route'),
    reference: await import('../../app/api/simulator/reference/route'),
  }
})

afterAll(async () => {
  const { db } = await import('../../lib/server/db/prisma')
  await db().$disconnect()
  await database?.drop()
})

let viewer: { authorization: string }
const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  routes.simulate.POST(
    new Request('http://localhost/api/simulate', {
      method: 'POST',
      headers: { ...headers, ...viewer },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    undefined,
  )
const get = <C>(handler: (request: Request, context: C) => Promise<Response> | Response, url: string, context: C) =>
  handler(new Request(`http://localhost${url}`, { headers: viewer }), context)

describe('function workload query on the demo data', () => {
  it('recommender-embed-user: Seoul, arm64, 2 GB, its keep-warm budget, 30 days ending with its last day of data', async () => {
    const workload = workloadInWords(
      await getFunctionWorkload(database.db, await idOf('recommender-embed-user')),
      inEnglish,
    )
    expect(functionWorkloadResponse.parse(workload)).toEqual(workload)
    expect(workload.workload).toMatchObject({
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memoryMb: 2048,
      ephemeralStorageMb: 4096,
    })
    // The last 30 days of data are 2026-10-23 to 11-21; the retry storm's days (open incidents, to 10-31) are left out.
    expect(workload.anomalyDays.mode).toBe('exclude')
    expect(workload.anomalyDays.days[0]).toBe('2026-10-23')
    expect(workload.anomalyDays.anomalies.map((anomaly) => anomaly.kind)).toContain('retry_amplification')
    expect(workload.window).toMatchObject({ to: '2026-11-21', days: 30 - workload.anomalyDays.days.length })
    expect(workload.current).toEqual({
      provisionedConcurrency: 0,
      keepWarm: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000 },
    })
    expect(workload.workload.hourlyProfile).toHaveLength(24)
    expect(workload.notes.join('\n')).toContain('1,440 pings a day')
  })

  it('issue 15: measures the range the user viewed, leaving out the retry storm (open incidents) unless asked to include it', async () => {
    const id = await idOf('recommender-embed-user')
    const october = { from: '2026-10-01', to: '2026-10-31' } as const
    const left = await getFunctionWorkload(database.db, id, { ...october, anomalyDays: 'exclude' })
    // The storm runs from 10-03 to the end of the month: only 10-01 and 10-02 are the usual workload.
    expect(left.anomalyDays.days).toEqual(expect.arrayContaining(['2026-10-03', '2026-10-15', '2026-10-31']))
    expect(left.anomalyDays.days).not.toContain('2026-10-01')
    expect(left.window).toMatchObject({ from: '2026-10-01', days: 31 - left.anomalyDays.days.length })
    expect(inEnglish(left.notes[0]!)).toMatch(
      /^\d+ days of open incidents left out \(.*retry amplification 2026-10-03 to 2026-10-31.*\): they measure the incident, not the usual workload\.$/,
    )
    // The demo's real traffic: 3,000 requests a day at 1.4 s (its pings are left out through its keep-warm budget).
    expect(left.workload.requestsPerDay / 3000).toBeGreaterThan(0.85)
    expect(left.workload.requestsPerDay / 3000).toBeLessThan(1.15)
    expect(left.workload.avgDurationMs).toBeLessThan(3000)

    const kept = await getFunctionWorkload(database.db, id, { ...october, anomalyDays: 'include' })
    expect(kept.anomalyDays).toMatchObject({ mode: 'include', days: left.anomalyDays.days })
    expect(kept.window).toEqual({ from: '2026-10-01', to: '2026-10-31', days: 31 })
    // With the storm: failed pings and their retries count as traffic, and each ran ~90 s.
    expect(kept.workload.requestsPerDay).toBeGreaterThan(left.workload.requestsPerDay * 1.3)
    expect(kept.workload.avgDurationMs).toBeGreaterThan(left.workload.avgDurationMs * 10)
  })

  it('checkout-api: measured traffic and duration close to the scenario, and its provisioned concurrency', async () => {
    const { workload, current } = await getFunctionWorkload(database.db, await idOf('checkout-api'))
    expect(current).toEqual({ provisionedConcurrency: 2, keepWarm: null })
    expect(workload.architecture).toBe('x86_64')
    expect(workload.requestsPerDay / 40_000).toBeGreaterThan(0.8)
    expect(workload.requestsPerDay / 40_000).toBeLessThan(1.2)
    expect(workload.avgDurationMs / 220).toBeGreaterThan(0.85)
    expect(workload.avgDurationMs / 220).toBeLessThan(1.15)
    expect(workload.p99DurationMs!).toBeGreaterThan(workload.avgDurationMs)
    expect(workload.peakConcurrency).toBeGreaterThanOrEqual(1)
    // The evening profile: the busiest hour carries several times the quietest.
    const profile = workload.hourlyProfile!
    expect(Math.max(...profile) / Math.min(...profile)).toBeGreaterThan(3)
  })

  it('search-api: the fan-out warmer’s 3,600 pings a day are left out of the 50,000 real requests', async () => {
    const { workload, current } = await getFunctionWorkload(database.db, await idOf('search-api'))
    expect(current.keepWarm).toEqual({ intervalMinutes: 4, concurrency: 10, pingDurationMs: 120 })
    expect(workload.requestsPerDay / 50_000).toBeGreaterThan(0.85)
    expect(workload.requestsPerDay / 50_000).toBeLessThan(1.15)
  })

  it('a missing function is a not_found AppError', async () => {
    await expect(getFunctionWorkload(database.db, 999_999)).rejects.toMatchObject(
      new AppError('not_found', 'Function 999999 was not found.'),
    )
  })

  it('finds functions by any part of the name, any case, by name', async () => {
    const { functions } = await searchFunctions(database.db, { search: 'RECOMMENDER', limit: 20 })
    expect(functions.map((fn) => fn.name)).toEqual([
      'dev-recommender-embed-user',
      'recommender-embed-item',
      'recommender-embed-user',
    ])
    expect((await searchFunctions(database.db, { limit: 5 })).functions).toHaveLength(5)
    expect((await searchFunctions(database.db, { search: 'no-such-function', limit: 5 })).functions).toEqual([])
  })
})

describe('simulator routes', () => {
  it("answers in the caller's language: Korean for a Korean browser or the language cookie, else English", async () => {
    type Words = { verdict: string; recommendedReason: string; assumptions: string[] }
    const json = 'application/json'
    const korean = (await (
      await post(DEFAULT_SCENARIO, { 'content-type': json, 'accept-language': 'ko-KR' })
    ).json()) as Words
    expect(korean.verdict).toMatch(/^4분 간격 핑 쪽이 웜 유지 없는 온디맨드보다 월 1센트 미만 저렴합니다\./)
    expect(korean.recommendedReason).toBe('비교한 전략 4개 중 가장 저렴하며 이 워크로드를 감당합니다.')
    const chosen = (await (
      await post(DEFAULT_SCENARIO, { 'content-type': json, 'accept-language': 'ko-KR', cookie: 'finops-locale=en' })
    ).json()) as Words
    expect(chosen.recommendedReason).toBe('The cheapest of the 4 strategies compared, and it carries the workload.')
    const id = await idOf('recommender-embed-user')
    const response = await routes.workload.GET(
      new Request(`http://localhost/api/functions/${id}/workload`, { headers: { ...viewer, 'accept-language': 'ko' } }),
      { params: Promise.resolve({ id: String(id) }) },
    )
    expect(((await response.json()) as { notes: string[] }).notes[0]).toMatch(
      /^진행 중인 인시던트가 있던 \d+일을 제외했습니다/,
    )
  })

  it('POST /api/simulate answers the contract with the same numbers as the domain module', async () => {
    const response = await post(DEFAULT_SCENARIO)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(
      JSON.parse(JSON.stringify(toSimulationResponse(simulate(DEFAULT_SCENARIO), inEnglish))),
    )
  })

  it('POST /api/simulate prices a workload as AWS’s published rates do, by hand', async () => {
    const response = await post({
      ...DEFAULT_SCENARIO,
      initDurationMs: 0,
      days: 30,
      includeFreeTier: false,
      strategies: { on_demand: {}, ec2: { instanceType: 't4g.small', hoursPerMonth: 730 } },
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      cheapest: string
      strategies: {
        strategy: string
        monthlyCostUsd: string
        lineItems: { meter: string; quantity: string; costUsd: string }[]
      }[]
    }
    // us-east-1 x86: $0.20 per million requests, $0.0000166667 per GB-s; t4g.small $0.0168 an hour (AWS price pages).
    // 500 requests × 30 days = 15,000 × $0.0000002 = $0.003; 15,000 × 0.1 s × 0.5 GB = 750 GB-s × $0.0000166667 = $0.012500025.
    // The instance always on: 30 days × 24 h = 720 h × $0.0168 = $12.096.
    expect(
      body.strategies.map((s) => [
        s.strategy,
        s.monthlyCostUsd,
        s.lineItems.map((item) => [item.meter, item.quantity, item.costUsd]),
      ]),
    ).toEqual([
      [
        'on_demand',
        '0.015500025',
        [
          ['request', '15000', '0.003'],
          ['duration', '750', '0.012500025'],
        ],
      ],
      ['ec2', '12.096', [['ec2_instance_hours', '720', '12.096']]],
    ])
    expect(body.cheapest).toBe('on_demand')
  })

  it('POST /api/simulate on recommender-embed-user (issue 15): a t4g.small cannot carry its peak, so it is never the answer; prefill picks an instance that can', async () => {
    const id = await idOf('recommender-embed-user')
    // Measured with the retry storm's days, as the issue saw it: a peak of 15 or more concurrent requests at 2,048 MB.
    const workload = await getFunctionWorkload(database.db, id, { anomalyDays: 'include' })
    expect(workload.workload.peakConcurrency).toBeGreaterThanOrEqual(15)
    const prefilled = scenarioFromWorkload(workload)
    // That needs over 17 vCPUs and 30 GiB: in Seoul only m6g.12xlarge has them.
    expect(prefilled.strategies.ec2!.instanceType).toBe('m6g.12xlarge')
    type Body = {
      strategies: { strategy: string; viable: boolean; reasons: string[]; monthlyCostUsd: string }[]
      cheapest: string
      recommended: string | null
      recommendedReason: string
      verdict: string
    }
    const small = (await (
      await post({ ...prefilled, strategies: { ...prefilled.strategies, ec2: { instanceType: 't4g.small' } } })
    ).json()) as Body
    const ec2 = small.strategies.find((entry) => entry.strategy === 'ec2')!
    expect(ec2.viable).toBe(false)
    expect(ec2.reasons.join(' ')).toMatch(/needs about 1[7-9]\.\d+ vCPUs; t4g\.small has 2/)
    expect(small.cheapest).toBe('ec2')
    expect(small.recommended).not.toBe('ec2')
    const recommended = small.strategies.find((entry) => entry.strategy === small.recommended)!
    expect(recommended.viable).toBe(true)
    // The cheapest viable strategy, and the sentence says why the cheaper instance was passed over.
    for (const entry of small.strategies.filter((other) => other.viable))
      expect(Number(recommended.monthlyCostUsd)).toBeLessThanOrEqual(Number(entry.monthlyCostUsd))
    expect(small.recommendedReason).toBe(
      'The cheapest strategy that carries the workload; EC2 instance would cost less but cannot (its reasons say why).',
    )
    expect(small.verdict).toMatch(
      /A t4g\.small instance would cost \$[\d,.]+ a month less but cannot carry the workload/,
    )
    const fitted = (await (await post(prefilled)).json()) as Body
    expect(fitted.strategies.find((entry) => entry.strategy === 'ec2')).toMatchObject({ viable: true, reasons: [] })
    // Without the storm (the default) the usual peak is small, and so is the instance it opens with; it fits.
    const usual = scenarioFromWorkload(await getFunctionWorkload(database.db, id))
    const usualAnswer = (await (await post(usual)).json()) as Body
    expect(usualAnswer.strategies.find((entry) => entry.strategy === 'ec2')).toMatchObject({ viable: true })
    expect(['t4g.small', 't4g.medium']).toContain(usual.strategies.ec2!.instanceType)
  })

  it.each([
    ['negative memory', { memoryMb: -512 }, '`memoryMb`', 'memoryMb must be at least 128'],
    ['20 GB of memory', { memoryMb: 20_480 }, '`memoryMb`', 'memoryMb must be at most 10,240'],
    ['an unknown region', { region: 'mars-north-1' }, '`region`', 'region "mars-north-1" is not in the rate card'],
    [
      'an unknown instance type',
      { strategies: { ec2: { instanceType: 'z9.huge' } } },
      '`strategies.ec2.instanceType`',
      'strategies.ec2.instanceType "z9.huge" has no price in us-east-1',
    ],
    ['a missing field', { avgDurationMs: undefined }, '`avgDurationMs`', 'avgDurationMs must be a number'],
  ])('POST /api/simulate with %s is a 400 naming the field', async (_case, override, field, message) => {
    const response = await post({ ...DEFAULT_SCENARIO, ...override })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toContain(`Invalid ${field}`)
    expect(body.error.message).toContain(message)
  })

  it('POST /api/simulate refuses a body that is not JSON', async () => {
    expect((await post('{"region":', { 'content-type': 'application/json' })).status).toBe(400)
    expect((await post('region=us-east-1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
  })

  it('GET /api/functions/{id}/workload: 200 for a function, 404 for none, 400 naming `id` for a bad id', async () => {
    const id = await idOf('recommender-embed-user')
    const ok = await get(routes.workload.GET, `/api/functions/${id}/workload`, {
      params: Promise.resolve({ id: String(id) }),
    })
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as { workload: { memoryMb: number } }).workload.memoryMb).toBe(2048)
    const october = await get(
      routes.workload.GET,
      `/api/functions/${id}/workload?from=2026-10-01&to=2026-10-31&anomalyDays=include`,
      { params: Promise.resolve({ id: String(id) }) },
    )
    expect(((await october.json()) as { window: unknown }).window).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      days: 31,
    })
    for (const [query, field] of [
      ['anomalyDays=all', 'anomalyDays'],
      ['from=2026-10-31&to=2026-10-01', 'to'],
      ['from=2026-13-01', 'from'],
    ]) {
      const refused = await get(routes.workload.GET, `/api/functions/${id}/workload?${query}`, {
        params: Promise.resolve({ id: String(id) }),
      })
      expect(refused.status, query).toBe(400)
      expect(((await refused.json()) as { error: { message: string } }).error.message, query).toContain(
        `Invalid \`${field}\``,
      )
    }
    const missing = await get(routes.workload.GET, '/api/functions/999999/workload', {
      params: Promise.resolve({ id: '999999' }),
    })
    expect(missing.status).toBe(404)
    const bad = await get(routes.workload.GET, '/api/functions/abc/workload', {
      params: Promise.resolve({ id: 'abc' }),
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('Invalid `id`')
  })

  it('GET /api/simulator/functions searches, and names a bad `limit`', async () => {
    const found = await get(routes.search.GET, '/api/simulator/functions?search=checkout', undefined)
    expect(((await found.json()) as { functions: { name: string }[] }).functions.map((fn) => fn.name)).toEqual([
      'checkout-api',
      'dev-checkout-api',
    ])
    const bad = await get(routes.search.GET, '/api/simulator/functions?limit=0', undefined)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('Invalid `limit`')
  })

  it('GET /api/simulator/reference lists regions and instance types', async () => {
    const response = await get(routes.reference.GET, '/api/simulator/reference', undefined)
    const body = (await response.json()) as {
      regions: { code: string; unavailable: { strategy: string }[]; ec2Instances: { instanceType: string }[] }[]
    }
    expect(body.regions.map((region) => region.code)).toEqual(
      expect.arrayContaining([
        'us-east-1',
        'us-east-2',
        'us-west-2',
        'eu-west-1',
        'eu-central-1',
        'ap-northeast-2',
        'ap-southeast-1',
      ]),
    )
    // Every Lambda strategy is priced everywhere; only EC2 may be missing, where the card has no instance prices.
    for (const region of body.regions) {
      expect(
        region.unavailable.filter((entry) => entry.strategy !== 'ec2'),
        region.code,
      ).toEqual([])
      expect(region.unavailable.length === 0, region.code).toBe(region.ec2Instances.length > 0)
    }
  })
})
