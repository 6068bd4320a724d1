// Spend budget alerts through the alert rules, to a real HTTP receiver: the forecast first over a team's budget is
// sent once (with the forecast, the budget and the team's top functions), actual at 80% and at 100% once each,
// however often delivery runs; a rule that did not ask for spend budget alerts receives none. The judgement is made
// when what it reads changes (a budget's save, the demo's load), never by a delivery run: delivering computes no
// forecast.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { toDecimal } from '../../lib/domain/money'
import { createAlertRule } from '../../lib/server/alerts/alert-rules'
import { deliverPendingAlerts } from '../../lib/server/alerts/deliver-pending-alerts'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { getForecast } from '../../lib/server/queries/get-forecast'
import { getShowback } from '../../lib/server/queries/get-showback'
import { listAlertDeliveries } from '../../lib/server/queries/list-alert-deliveries'
import { createSpendBudget, updateSpendBudget } from '../../lib/server/spend-budgets/save-spend-budget'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Received = { path: string; body: Record<string, unknown> }

// Counts the month-end forecasts computed (every budget judgement reads them), calling the real one.
const forecasts = vi.hoisted(() => ({ computed: 0 }))
vi.mock('@/lib/server/queries/get-forecast', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/server/queries/get-forecast')>()
  return {
    ...actual,
    getForecast: (...args: Parameters<typeof actual.getForecast>) => {
      forecasts.computed++
      return actual.getForecast(...args)
    },
  }
})

let database: TestDatabase
let server: Server
let base: string
const received: Received[] = []

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    request.on('data', (chunk) => (text += chunk))
    request.on('end', () => resolve(text))
  })
}

// The receiver listens on 127.0.0.1: allowed as an on-premises target (FINOPS_ALERT_ALLOW_PRIVATE_TARGETS).
const ON_PREMISES = { allowPrivateTargets: true }
const NOW = new Date('2026-11-22T12:00:00.000Z')
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
// Incidents are not what these rules are about: none reaches this impact.
const NO_INCIDENTS = { kinds: [], minSeverity: 'low' as const, minImpactUsd: '1000000000', enabled: true }

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: '2026-11-22' })
  server = createServer(async (request, response) => {
    received.push({ path: request.url!, body: JSON.parse(await readBody(request)) as Record<string, unknown> })
    response.writeHead(200).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 300_000)

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await database?.drop()
})

/** A delivery run, which sends what was recorded and computes no forecast. */
const deliver = async (minutes: number) => {
  const before = forecasts.computed
  const summary = await deliverPendingAlerts(database.db, {
    now: later(minutes),
    targets: ON_PREMISES,
    publicUrl: 'https://finops.example.com',
  })
  expect(forecasts.computed).toBe(before)
  return summary
}
const recordedEvents = async () =>
  (await database.db.$queryRawUnsafe<{ event: string }[]>('SELECT event FROM spend_budget_alert ORDER BY id')).map(
    (row) => row.event,
  )
const events = (path: string) =>
  received.filter((message) => message.path === path).map((message) => (message.body.alert as { event: string }).event)

describe('spend budget alerts', () => {
  it('reach a local webhook once per budget, month and event, with the forecast, the budget and the top drivers', async () => {
    await createAlertRule(
      database.db,
      { name: 'finance', ...NO_INCIDENTS, spendBudgets: true, format: 'json', webhookUrl: `${base}/finance` },
      ON_PREMISES,
    )
    await createAlertRule(
      database.db,
      { name: 'slack', ...NO_INCIDENTS, spendBudgets: true, format: 'slack', webhookUrl: `${base}/slack` },
      ON_PREMISES,
    )
    await createAlertRule(
      database.db,
      { name: 'on-call', ...NO_INCIDENTS, format: 'json', webhookUrl: `${base}/on-call` },
      ON_PREMISES,
    )

    const recsys = (await getForecast(database.db, { groupBy: 'team' })).groups.find((group) => group.key === 'recsys')!
    const actual = toDecimal(recsys.actualToDate)
    // Above the month to date by more than a quarter, below the forecast: only the forecast is over.
    const budget = actual.times('1.3').toDecimalPlaces(2).toFixed(2)
    expect(toDecimal(budget).lessThan(recsys.forecast)).toBe(true)
    const created = await createSpendBudget(database.db, { scope: { kind: 'team', key: 'recsys' }, monthlyUsd: budget })
    expect(created.status).toBe('forecast-over')
    // Judged on its save: recorded before any delivery run.
    expect(await recordedEvents()).toEqual(['forecast-over'])

    await deliver(0)
    await deliver(1)
    expect(events('/finance')).toEqual(['forecast-over'])
    const [message] = received.filter((candidate) => candidate.path === '/finance')
    const topFunctions = (await getShowback(database.db, { month: '2026-11' })).teams.find(
      (line) => line.team === 'recsys',
    )!.topFunctions
    expect(message!.body).toMatchObject({
      type: 'spend_budget',
      rule: { name: 'finance' },
      link: 'https://finops.example.com/budgets/spend?month=2026-11',
      alert: {
        event: 'forecast-over',
        month: '2026-11',
        scope: { kind: 'team', key: 'recsys' },
        budgetUsd: toDecimal(budget).toFixed(),
        actualUsd: recsys.actualToDate,
        forecastUsd: recsys.forecast,
        drivers: topFunctions.slice(0, 3).map((fn) => ({ label: fn.name, usd: fn.costUsd })),
      },
    })
    expect(
      String((received.find((candidate) => candidate.path === '/slack')!.body as { text: string }).text),
    ).toContain('Spend budget for team recsys, Nov 2026: forecast')
    expect(received.filter((message) => message.path === '/on-call')).toEqual([])

    // The budget lowered to just over the month to date ÷ 0.8: actual has used 80% of it.
    await updateSpendBudget(database.db, created.id, {
      scope: { kind: 'team', key: 'recsys' },
      monthlyUsd: actual.dividedBy('0.8').minus('0.01').toDecimalPlaces(2, 1).toFixed(2),
    })
    await deliver(2)
    await deliver(3)
    expect(events('/finance')).toEqual(['forecast-over', 'actual-80'])

    // Then below it: the budget is used up; the 80% and forecast alerts are not sent again.
    await updateSpendBudget(database.db, created.id, {
      scope: { kind: 'team', key: 'recsys' },
      monthlyUsd: actual.dividedBy(2).toDecimalPlaces(2, 1).toFixed(2),
    })
    await deliver(4)
    await deliver(5)
    expect(events('/finance')).toEqual(['forecast-over', 'actual-80', 'actual-100'])
    expect(received.filter((message) => message.path === '/slack')).toHaveLength(3)
    expect(received.filter((message) => message.path === '/on-call')).toEqual([])

    const log = (await listAlertDeliveries(database.db)).filter((delivery) => delivery.about === 'spend_budget')
    expect(log).toHaveLength(6)
    expect(log.map((delivery) => delivery.subject)).toContain('team recsys, 2026-11: actual-100')
    expect(log.every((delivery) => delivery.status === 'delivered')).toBe(true)
  })

  it('a load of cost data judges the budgets: a budget its new data reaches is recorded before delivery runs', async () => {
    const [total] = (await getForecast(database.db, { groupBy: 'none' })).groups
    // Over the forecast now; the data loaded again is the same, so only an unrecorded event can appear.
    await createSpendBudget(database.db, {
      scope: { kind: 'total' },
      monthlyUsd: toDecimal(total!.forecast).times(2).toDecimalPlaces(2).toFixed(2),
    })
    const before = await recordedEvents()
    await database.db.$executeRawUnsafe(
      `UPDATE spend_budget SET amount = amount / 100 WHERE scope_kind = 'total'`, // behind the API's back
    )
    expect(await recordedEvents()).toEqual(before)
    await loadDemoData(database.db, { today: '2026-11-22' })
    expect((await recordedEvents()).slice(before.length)).toEqual(['forecast-over', 'actual-80', 'actual-100'])
  }, 300_000)
})
