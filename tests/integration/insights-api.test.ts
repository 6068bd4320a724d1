// The function-insights API end to end, through the route handlers: zod validation with 4xx bodies that
// name the problem, the documented response shapes on the demo data, keep-warm budgets created from a
// suggestion and edited, and incidents (and their anomalies) acknowledged with who and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anomaliesResponse, anomalyDetail, anomalyDto } from '../../lib/schemas/anomalies'
import { incidentDto, incidentsResponse } from '../../lib/schemas/incidents'
import { budgetsResponse } from '../../lib/schemas/budgets'
import { budgetDto, functionDetail, functionsResponse } from '../../lib/schemas/functions'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
let routes: {
  functions: { GET: Handler }
  functionById: { GET: Handler }
  budgets: { GET: Handler; POST: Handler }
  budgetById: { GET: Handler; PUT: Handler; DELETE: Handler }
  anomalies: { GET: Handler }
  anomalyById: { GET: Handler; PATCH: Handler }
  incidents: { GET: Handler }
  incidentById: { PATCH: Handler }
}

let engineer: { authorization: string }
const get = (handler: Handler, path: string, params: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${path}`, { headers: engineer }), { params: Promise.resolve(params) })
const send = (handler: Handler, method: string, path: string, body: unknown, params: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...engineer },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  )
const idOf = async (name: string) => (await database.db.lambdaFunction.findFirstOrThrow({ where: { name } })).id

beforeAll(async () => {
  database = await createTestDatabase()
  engineer = await signedInHeaders(database.db, 'engineer')
  await loadDemoData(database.db, { today: '2026-11-22' })
  process.env.DATABASE_URL = database.url
  routes = {
    functions: (await import('../../app/api/functions/route')) as never,
    functionById: (await import('../../app/api/functions/[id]/route')) as never,
    budgets: (await import('../../app/api/budgets/route')) as never,
    budgetById: (await import('../../app/api/budgets/[functionId]/route')) as never,
    anomalies: (await import('../../app/api/anomalies/route')) as never,
    anomalyById: (await import('../../app/api/anomalies/[id]/route')) as never,
    incidents: (await import('../../app/api/incidents/route')) as never,
    incidentById: (await import('../../app/api/incidents/[id]/route')) as never,
  }
}, 300_000)

afterAll(async () => {
  await database?.drop()
})

describe('GET /api/functions', () => {
  it('lists functions for a range with cost, change and keep-warm share, most expensive first', async () => {
    const response = await get(routes.functions.GET, '/api/functions?from=2026-10-01&to=2026-10-31')
    expect(response.status).toBe(200)
    const body = functionsResponse.parse(await response.json())
    expect(body).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      previousFrom: '2026-09-01',
      previousTo: '2026-09-30',
    })
    const [top] = body.functions
    expect(top).toMatchObject({ name: 'recommender-embed-user', hasBudget: true })
    expect(Number(top!.changeUsd)).toBeGreaterThan(250)
    // The keep-warm was most of that function's cost in the month it tripled.
    expect(top!.keepWarmSharePct).toBeGreaterThan(80)
    expect(top!.openIncidents).toBeGreaterThanOrEqual(2)
    const costs = body.functions.map((f) => Number(f.costUsd))
    expect([...costs].sort((a, b) => b - a)).toEqual(costs)
  })

  it('filters by account, region and name, and sorts by errors', async () => {
    const body = functionsResponse.parse(
      await (
        await get(
          routes.functions.GET,
          '/api/functions?from=2026-09-01&to=2026-09-30&accountId=123456789012&region=ap-northeast-2&sort=errors',
        )
      ).json(),
    )
    expect(body.functions.every((f) => f.accountId === '123456789012' && f.region === 'ap-northeast-2')).toBe(true)
    const errors = body.functions.map((f) => f.errors)
    expect([...errors].sort((a, b) => b - a)).toEqual(errors)
    expect(body.functions.find((f) => f.name === 'webhook-receiver')!.errorRatePct).toBeGreaterThan(1)
    const named = functionsResponse.parse(
      await (await get(routes.functions.GET, '/api/functions?q=RECOMMENDER')).json(),
    )
    expect(named.functions.map((f) => f.name).sort()).toEqual([
      'dev-recommender-embed-user',
      'recommender-embed-item',
      'recommender-embed-user',
    ])
  })

  it('takes the Overview’s month: the same functions and amounts as its days, compared with the month before; without a period, the Overview’s default month', async () => {
    const list = async (query: string) =>
      functionsResponse.parse(await (await get(routes.functions.GET, `/api/functions${query}`)).json())
    const month = await list('?month=2026-10')
    expect(month).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      previousFrom: '2026-09-01',
      previousTo: '2026-09-30',
    })
    const days = await list('?from=2026-10-01&to=2026-10-31')
    expect(month.functions).toEqual(days.functions)
    const september = await list('?month=2026-09')
    const user = (body: typeof month) => body.functions.find((fn) => fn.name === 'recommender-embed-user')!
    expect(user(month).previousCostUsd).toBe(user(september).costUsd)
    // The data runs to 21 November: the Overview shows October by default, and so does the list.
    expect(await list('')).toMatchObject({ from: '2026-10-01', to: '2026-10-31' })
    // The function's page says the same amount for the same month.
    const id = await idOf('recommender-embed-user')
    const detail = functionDetail.parse(
      await (await get(routes.functionById.GET, `/api/functions/${id}?month=2026-10`, { id: String(id) })).json(),
    )
    expect(detail.range).toMatchObject({ from: '2026-10-01', to: '2026-10-31' })
    expect(detail.totals.costUsd).toBe(user(month).costUsd)
  })

  it('refuses a month and a range together, naming both', async () => {
    const response = await get(routes.functions.GET, '/api/functions?month=2026-10&from=2026-10-01&to=2026-10-31')
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toContain('`month` or a range (`from`, `to`), not both')
    const detail = await get(routes.functionById.GET, '/api/functions/1?month=2026-13', { id: '1' })
    expect((await detail.json()).error.message).toContain('`month`')
  })

  it('answers 400 naming the bad parameter', async () => {
    const response = await get(routes.functions.GET, '/api/functions?sort=price&accountId=123')
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('bad_request')
    expect(error.message).toContain('`sort`')
    expect(error.message).toContain('`accountId`: expected a 12-digit AWS account id')
    const reversed = await get(routes.functions.GET, '/api/functions?from=2026-10-31&to=2026-10-01')
    expect((await reversed.json()).error.message).toBe('Invalid `to`: `from` must not be after `to`')
  })
})

describe('GET /api/functions/{id}', () => {
  it('shows a month of the retry storm: series, budget against actual with the formula, month to date, anomalies, simulator link', async () => {
    const id = await idOf('recommender-embed-user')
    const body = functionDetail.parse(
      await (
        await get(routes.functionById.GET, `/api/functions/${id}?from=2026-10-01&to=2026-10-31`, { id: String(id) })
      ).json(),
    )
    expect(body.series).toHaveLength(31)
    expect(body.series[14]).toMatchObject({ t: '2026-10-15' })
    expect(body.series[14]!.errors).toBeGreaterThan(4000)
    expect(body.keepWarm.budget!.formula.lineItems.map((item) => item.formula)).toEqual([
      '43,200 runs (every 1 min for 30 days) × 1 concurrent = 43,200 pings = 43,200 requests × $0.0000002',
      '43,200 pings × 10 s × 2 GB = 864,000 GB-s × $0.0000133334',
    ])
    const october15 = body.keepWarm.days.find((day) => day.day === '2026-10-15')!
    expect(october15).toMatchObject({
      expectedPings: 1440,
      pings: 4320,
      failedPings: 4320,
      expectedDurationMs: 10_000,
      durationSource: 'measured',
    })
    expect(Number(october15.actualUsd) / Number(october15.expectedUsd)).toBeGreaterThan(20)
    expect(body.keepWarm.budget!.month).toMatchObject({ month: '2026-11', daysElapsed: 21, daysInMonth: 30 })
    // One incident: the retries are the root cause, the keep-warm overrun one of its symptoms.
    const storm = body.incidents.find((incident) => incident.root.kind === 'retry_amplification')!
    expect(storm.symptoms.map((symptom) => symptom.kind)).toEqual(expect.arrayContaining(['warmup_budget_overrun']))
    expect(body.simulatorHref).toBe(`/simulator?from=2026-10-01&functionId=${id}&to=2026-10-31`)
  })

  it('marks configuration changes on the timeline and serves hourly series where hourly data exists', async () => {
    const resizer = await idOf('image-resizer')
    const june = functionDetail.parse(
      await (
        await get(routes.functionById.GET, `/api/functions/${resizer}?from=2026-06-01&to=2026-06-30`, {
          id: String(resizer),
        })
      ).json(),
    )
    expect(june.configChanges).toEqual([
      { at: '2026-06-12T10:00:00.000Z', day: '2026-06-12', changes: ['memory 512 → 1,536 MB'] },
    ])
    const nightly = await idOf('nightly-tenant-report')
    const hourly = functionDetail.parse(
      await (
        await get(routes.functionById.GET, `/api/functions/${nightly}?from=2026-11-15&to=2026-11-21&granularity=hour`, {
          id: String(nightly),
        })
      ).json(),
    )
    expect(hourly.range).toMatchObject({ granularity: 'hour', hourlyFrom: '2026-11-08' })
    expect(hourly.series).toHaveLength(7 * 24)
    const firstBadNight = hourly.series.find((point) => point.t === '2026-11-16T17:00:00.000Z')!
    expect(firstBadNight).toMatchObject({ errors: 24, durationMaxMs: 900_000 })
  })

  it('answers 404 for an unknown function and 400 for a bad granularity', async () => {
    expect((await get(routes.functionById.GET, '/api/functions/999999', { id: '999999' })).status).toBe(404)
    const bad = await get(routes.functionById.GET, '/api/functions/1?granularity=minute', { id: '1' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.message).toContain('`granularity`')
  })
})

describe('keep-warm budgets by month', () => {
  // The demo's retry storm ran the keep-warm of recommender-embed-user far over budget in October; the data runs to 21 November.
  it('judges any month, with the month before beside it: October stays over while November is in progress', async () => {
    const current = budgetsResponse.parse(await (await get(routes.budgets.GET, '/api/budgets')).json())
    expect(current.month).toBe('2026-11')
    expect(current.months.at(-1)).toBe('2026-11')
    const user = (body: typeof current) =>
      body.budgets.find((budget) => budget.functionName === 'recommender-embed-user')!
    expect(user(current).month).toMatchObject({ month: '2026-11', complete: false, daysElapsed: 21 })
    expect(user(current).previousMonth).toMatchObject({ month: '2026-10', complete: true, status: 'over' })
    expect(user(current).previousMonth!.timesBudget).toBeGreaterThan(5)

    const october = budgetsResponse.parse(await (await get(routes.budgets.GET, '/api/budgets?month=2026-10')).json())
    expect(october.month).toBe('2026-10')
    expect(user(october).month).toEqual(user(current).previousMonth)
    expect(user(october).month!.mtdActualUsd).toBe(user(october).month!.projectedUsd)
    expect(user(october).previousMonth).toMatchObject({ month: '2026-09', complete: true })

    const bad = await get(routes.budgets.GET, '/api/budgets?month=2026-13')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.message).toContain('`month`')
  })

  it('gives the function page each month’s result, newest first, and the month asked for in the budget panel', async () => {
    const id = await idOf('recommender-embed-user')
    const body = functionDetail.parse(
      await (await get(routes.functionById.GET, `/api/functions/${id}?budgetMonth=2026-10`, { id: String(id) })).json(),
    )
    expect(body.keepWarm.budget!.month).toMatchObject({ month: '2026-10', status: 'over', complete: true })
    expect(body.keepWarm.history[0]).toMatchObject({ month: '2026-11', complete: false })
    expect(body.keepWarm.history.map((month) => month.month)).toEqual([...body.keepWarm.months].reverse())
    const october = body.keepWarm.history.find((month) => month.month === '2026-10')!
    expect(october).toEqual(body.keepWarm.budget!.month)
    expect(body.keepWarm.months.length).toBeLessThanOrEqual(13)
  })
})

describe('keep-warm budgets', () => {
  it('creates a budget from a suggestion, edits it, rejects duplicates and bad terms, and removes it', async () => {
    const listed = budgetsResponse.parse(await (await get(routes.budgets.GET, '/api/budgets')).json())
    expect(listed.budgets.map((b) => b.functionName)).toEqual(
      expect.arrayContaining(['metadata-api', 'recommender-embed-user', 'search-api']),
    )
    const suggestion = listed.suggestions.find((s) => s.functionName === 'feature-flags-api')!
    expect(suggestion).toMatchObject({ intervalMinutes: 4, concurrency: 1, durationSource: 'measured' })

    const created = await send(routes.budgets.POST, 'POST', '/api/budgets', {
      functionId: suggestion.functionId,
      intervalMinutes: 4,
      concurrency: 1,
      pingDurationMs: suggestion.pingDurationMs,
      source: 'suggestion',
    })
    expect(created.status).toBe(201)
    expect(budgetDto.parse(await created.json())).toMatchObject({
      functionName: 'feature-flags-api',
      source: 'suggestion',
    })
    const after = budgetsResponse.parse(await (await get(routes.budgets.GET, '/api/budgets')).json())
    expect(after.suggestions.map((s) => s.functionName)).not.toContain('feature-flags-api')
    const [stored] = await database.db.$queryRawUnsafe<{ source: string; n: number }[]>(
      'SELECT min(schedule_source) AS source, count(*)::int AS n FROM keep_warm_daily WHERE function_id = $1',
      suggestion.functionId,
    )
    expect(stored).toMatchObject({ source: 'budget' })

    const duplicate = await send(routes.budgets.POST, 'POST', '/api/budgets', {
      functionId: suggestion.functionId,
      intervalMinutes: 4,
      concurrency: 1,
      pingDurationMs: 40,
    })
    expect(duplicate.status).toBe(409)
    const invalid = await send(
      routes.budgetById.PUT,
      'PUT',
      `/api/budgets/${suggestion.functionId}`,
      { intervalMinutes: 0, concurrency: 1, pingDurationMs: 40 },
      { functionId: String(suggestion.functionId) },
    )
    expect(invalid.status).toBe(400)
    expect((await invalid.json()).error.message).toContain('`intervalMinutes`')

    // A budget far below what the pings cost makes every day an overrun.
    const edited = await send(
      routes.budgetById.PUT,
      'PUT',
      `/api/budgets/${suggestion.functionId}`,
      { intervalMinutes: 60, concurrency: 1, pingDurationMs: 1, note: 'too tight' },
      { functionId: String(suggestion.functionId) },
    )
    expect(budgetDto.parse(await edited.json())).toMatchObject({ intervalMinutes: 60, note: 'too tight' })
    const overruns = await database.db.anomaly.count({
      where: { functionId: suggestion.functionId, kind: 'warmup_budget_overrun' },
    })
    expect(overruns).toBeGreaterThan(0)

    expect(
      (
        await routes.budgetById.DELETE(
          new Request(`http://localhost/api/budgets/${suggestion.functionId}`, { method: 'DELETE', headers: engineer }),
          { params: Promise.resolve({ functionId: String(suggestion.functionId) }) },
        )
      ).status,
    ).toBe(204)
    expect(
      (
        await get(routes.budgetById.GET, `/api/budgets/${suggestion.functionId}`, {
          functionId: String(suggestion.functionId),
        })
      ).status,
    ).toBe(404)
    expect(
      await database.db.anomaly.count({
        where: { functionId: suggestion.functionId, kind: 'warmup_budget_overrun', incident: { status: 'open' } },
      }),
    ).toBe(0)
    const restored = budgetsResponse.parse(await (await get(routes.budgets.GET, '/api/budgets')).json())
    expect(restored.suggestions.map((s) => s.functionName)).toContain('feature-flags-api')
  })
})

describe('anomalies API', () => {
  it('answers the documented shape for a date range, with filters', async () => {
    const body = anomaliesResponse.parse(
      await (await get(routes.anomalies.GET, '/api/anomalies?from=2026-10-01&to=2026-10-31')).json(),
    )
    expect(body.anomalies.length).toBeGreaterThan(0)
    for (const anomaly of body.anomalies) {
      expect(Object.keys(anomaly)).toEqual(
        expect.arrayContaining([
          'id',
          'kind',
          'functionName',
          'accountId',
          'region',
          'periodStart',
          'periodEnd',
          'severity',
          'impactUsd',
          'explanation',
          'evidence',
        ]),
      )
      expect(anomaly.impactUsd).toMatch(/^\d+(\.\d+)?$/)
    }
    const retries = anomaliesResponse.parse(
      await (
        await get(
          routes.anomalies.GET,
          '/api/anomalies?from=2026-10-01&to=2026-10-31&kind=retry_amplification&minSeverity=critical',
        )
      ).json(),
    )
    expect(retries.anomalies.map((a) => a.functionName)).toEqual(['recommender-embed-user'])
    const usageTypes = body.anomalies.filter((a) => a.functionName === null)
    expect(usageTypes.every((a) => a.usageType !== null)).toBe(true)
    const bad = await get(routes.anomalies.GET, '/api/anomalies?from=2026-13-01&kind=meltdown')
    expect(bad.status).toBe(400)
    const message = (await bad.json()).error.message
    expect(message).toContain('`from`')
    expect(message).toContain('`kind')
  })

  it('shows an anomaly with its daily context, and acknowledges its incident as the signed-in caller, saying why', async () => {
    // Who decided is the caller's token (its name and visible prefix), never a name sent in the body.
    const caller = `token integration engineer (${engineer.authorization.slice('Bearer '.length, 'Bearer finops_'.length + 8)})`
    const [retry] = anomaliesResponse.parse(
      await (
        await get(routes.anomalies.GET, '/api/anomalies?from=2026-10-01&to=2026-10-31&kind=retry_amplification')
      ).json(),
    ).anomalies
    const detail = anomalyDetail.parse(
      await (await get(routes.anomalyById.GET, `/api/anomalies/${retry!.id}`, { id: String(retry!.id) })).json(),
    )
    expect(detail.context.points).toHaveLength(29 + 28)
    expect(detail.context.metricLabel).toBe('Errors')
    const refused = await send(
      routes.anomalyById.PATCH,
      'PATCH',
      `/api/anomalies/${retry!.id}`,
      { status: 'muted' },
      { id: String(retry!.id) },
    )
    expect(refused.status).toBe(400)
    expect((await refused.json()).error.message).toContain('`reason`')
    const acknowledged = await send(
      routes.anomalyById.PATCH,
      'PATCH',
      `/api/anomalies/${retry!.id}`,
      { status: 'acknowledged', by: 'mallory', reason: 'model file trimmed below 2 GB' },
      { id: String(retry!.id) },
    )
    expect(anomalyDto.parse(await acknowledged.json())).toMatchObject({
      status: 'acknowledged',
      statusBy: caller,
      statusReason: 'model file trimmed below 2 GB',
    })
    const open = anomaliesResponse.parse(
      await (
        await get(
          routes.anomalies.GET,
          '/api/anomalies?from=2026-10-01&to=2026-10-31&status=open&kind=retry_amplification',
        )
      ).json(),
    )
    expect(open.anomalies).toEqual([])
    // The decision is the incident's: its symptoms (the keep-warm overrun, the bill's spike) are acknowledged with it.
    const [overrun] = anomaliesResponse.parse(
      await (
        await get(routes.anomalies.GET, '/api/anomalies?from=2026-10-01&to=2026-10-31&kind=warmup_budget_overrun')
      ).json(),
    ).anomalies
    expect(overrun).toMatchObject({ incidentId: retry!.incidentId, status: 'acknowledged', statusBy: caller })
    expect(
      (await send(routes.anomalyById.PATCH, 'PATCH', '/api/anomalies/999999', { status: 'open' }, { id: '999999' }))
        .status,
    ).toBe(404)
    const reopened = await send(
      routes.incidentById.PATCH,
      'PATCH',
      `/api/incidents/${retry!.incidentId}`,
      { status: 'open' },
      { id: String(retry!.incidentId) },
    )
    expect(incidentDto.parse(await reopened.json())).toMatchObject({
      id: retry!.incidentId,
      status: 'open',
      statusBy: caller,
      statusReason: null,
    })
  })
})

describe('incidents API', () => {
  it('tells the retry storm once: root cause first, its symptoms, the extra cost counted once, sorted by extra cost', async () => {
    const body = incidentsResponse.parse(
      await (await get(routes.incidents.GET, '/api/incidents?from=2026-10-01&to=2026-10-31')).json(),
    )
    const [first] = body.incidents
    expect(first!.root).toMatchObject({ kind: 'retry_amplification', functionName: 'recommender-embed-user' })
    expect(first!.symptoms.map((symptom) => [symptom.kind, symptom.usageType])).toEqual([
      ['warmup_budget_overrun', null],
      ['cost_spike', 'APN2-Lambda-GB-Second-ARM'],
      ['cost_spike', 'APN2-Lambda-Storage-GB-Second-ARM'],
    ])
    const impacts = [first!.root, ...first!.symptoms].map((anomaly) => Number(anomaly.impactUsd))
    expect(Number(first!.extraCostUsd)).toBe(Math.max(...impacts))
    expect(Number(first!.extraCostUsd)).toBeGreaterThan(250)
    expect(Number(first!.extraCostUsd)).toBeLessThan(340)
    expect(first).toMatchObject({ severity: 'critical', exposureUsd: null })
    // A configuration risk is exposure, not spend: never above a measured incident in the default order.
    const risks = body.incidents.filter((incident) => incident.root.kind === 'config_risk')
    expect(risks.length).toBeGreaterThan(0)
    expect(
      risks.every(
        (risk) =>
          risk.extraCostUsd === '0' &&
          Number(risk.exposureUsd) > 0 &&
          risk.severity !== 'high' &&
          risk.severity !== 'critical',
      ),
    ).toBe(true)
    const extra = body.incidents.map((incident) => Number(incident.extraCostUsd))
    expect([...extra].sort((a, b) => b - a)).toEqual(extra)
    const byExposure = incidentsResponse.parse(
      await (await get(routes.incidents.GET, '/api/incidents?from=2026-10-01&to=2026-10-31&sort=exposure')).json(),
    )
    expect(byExposure.incidents[0]!.root).toMatchObject({ kind: 'config_risk', functionName: 'recommender-embed-item' })
  })

  it('filters by a symptom’s kind, a function and status; answers 404 and 400 for what does not exist or parse', async () => {
    const costSpikes = incidentsResponse.parse(
      await (await get(routes.incidents.GET, '/api/incidents?from=2026-10-01&to=2026-10-31&kind=cost_spike')).json(),
    )
    expect(costSpikes.incidents.map((incident) => incident.root.kind)).toContain('retry_amplification')
    const id = await idOf('recommender-embed-user')
    const mine = incidentsResponse.parse(
      await (
        await get(routes.incidents.GET, `/api/incidents?from=2026-10-01&to=2026-10-31&functionId=${id}&status=open`)
      ).json(),
    )
    expect(mine.incidents.map((incident) => incident.root.kind).sort()).toEqual(['config_risk', 'retry_amplification'])
    expect(
      (
        await send(
          routes.incidentById.PATCH,
          'PATCH',
          '/api/incidents/999999',
          { status: 'open', by: 'x' },
          { id: '999999' },
        )
      ).status,
    ).toBe(404)
    const bad = await get(routes.incidents.GET, '/api/incidents?sort=impact&minSeverity=huge')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.message).toContain('`sort`')
  })
})
