// The schedules API through its route handlers: a schedule is created dry-run, refused with every problem (a
// dependency cycle named by its groups), turned to execute, and planned between two inclusive local dates with
// Korean holidays and a late-night exception applied, each action naming its group's servers from the inventory.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { schedulePlanResponse, scheduleDto, scheduleSavingsResponse } from '../../lib/schemas/schedules'
import { TEST_DEVELOPMENT } from '../support/fake-aws/test-scenario'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, emptyTables, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: unknown) => Promise<Response>
let database: TestDatabase
/** Schedules are an engineer's to write. */
let engineer: { authorization: string }
let routes: {
  list: { GET: Handler; POST: Handler }
  one: { GET: Handler; PATCH: Handler; PUT: Handler }
  plan: { GET: Handler }
  savings: { GET: Handler }
  link: { GET: Handler }
  extend: { POST: Handler }
}

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  routes = {
    list: (await import('../../app/api/schedules/route')) as never,
    one: (await import('../../app/api/schedules/[id]/route')) as never,
    plan: (await import('../../app/api/schedules/[id]/plan/route')) as never,
    savings: (await import('../../app/api/schedules/[id]/savings/route')) as never,
    link: (await import('../../app/api/schedules/[id]/extend-link/route')) as never,
    extend: (await import('../../app/api/schedules/extend/route')) as never,
  }
})

afterAll(async () => {
  await database.drop()
})

const json = (body: unknown) => ({
  method: 'POST',
  headers: { ...engineer, 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const context = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) })
const create = (body: unknown) => routes.list.POST(new Request('http://localhost/api/schedules', json(body)), undefined)
const savings = (id: number, query: string) =>
  routes.savings.GET(
    new Request(`http://localhost/api/schedules/${id}/savings?${query}`, { headers: engineer }),
    context(id),
  )
const plan = (id: number, query: string) =>
  routes.plan.GET(new Request(`http://localhost/api/schedules/${id}/plan?${query}`, { headers: engineer }), context(id))

const DEVELOPMENT = {
  name: 'Development',
  timeZone: 'Asia/Seoul',
  periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', stop: '22:00' }],
  holidays: 'KR',
  exceptions: [{ date: '2026-12-22', kind: 'times', stop: '23:30' }],
  groups: [
    { name: 'api', select: { tag: { key: 'Role', value: 'api' } }, dependsOn: ['db'] },
    { name: 'db', select: { ids: ['dev-db'] } },
  ],
}

beforeEach(async () => {
  await emptyTables(database.db)
  engineer = await signedInHeaders(database.db, 'engineer')
  await database.db.awsAccount.create({ data: { id: TEST_DEVELOPMENT, name: 'development' } })
  await database.db.region.create({
    data: { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', billingPrefix: 'APN2' },
  })
  const server = (resourceId: string, kind: string, tags: Record<string, string>, schedulable = true) => ({
    accountId: TEST_DEVELOPMENT,
    region: 'ap-northeast-2',
    kind,
    resourceId,
    type: kind === 'ec2' ? 't4g.small' : 'db.t4g.medium',
    engine: kind === 'ec2' ? null : 'postgres',
    state: 'stopped',
    tags,
    schedulable,
  })
  await database.db.server.createMany({
    data: [
      server('dev-db', 'rds', { Role: 'db' }),
      server('i-0a1d0000000000002', 'ec2', { Role: 'api' }),
      server('i-0a1d0000000000003', 'ec2', { Role: 'api' }),
      server('i-0a1d0000000000009', 'ec2', { Role: 'api' }, false),
    ],
  })
})

describe('POST /api/schedules', () => {
  it('creates a dry-run schedule with its defaults, and GET returns it all', async () => {
    const response = await create(DEVELOPMENT)
    expect(response.status).toBe(201)
    const created = scheduleDto.parse(await response.json())
    expect(created).toMatchObject({ ...DEVELOPMENT, execute: false, warnMinutes: 10 })
    expect(created.groups[1]).toEqual({ name: 'db', select: { ids: ['dev-db'] }, dependsOn: [] })
    const read = await routes.one.GET(
      new Request(`http://localhost/api/schedules/${created.id}`, { headers: engineer }),
      context(created.id),
    )
    expect(scheduleDto.parse(await read.json())).toEqual(created)
    const listed = await routes.list.GET(
      new Request('http://localhost/api/schedules', { headers: engineer }),
      undefined,
    )
    expect((await listed.json()).schedules.map((schedule: { id: number }) => schedule.id)).toEqual([created.id])
  })

  it('refuses a dependency cycle (400) naming its groups, with every other problem, and stores nothing', async () => {
    const cyclic = {
      ...DEVELOPMENT,
      timeZone: 'Asia/Nowhere',
      groups: [DEVELOPMENT.groups[0], { ...DEVELOPMENT.groups[1], dependsOn: ['api'] }],
    }
    const response = await create(cyclic)
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('bad_request')
    expect(error.message).toContain('"Asia/Nowhere" is not an IANA time zone')
    expect(error.message).toContain('api → db → api')
    expect(error.details).toContainEqual(
      expect.objectContaining({ code: 'dependency_cycle', cycle: ['api', 'db', 'api'] }),
    )
    expect(await database.db.schedule.count()).toBe(0)
  })

  it('refuses a malformed body (400) before the domain sees it', async () => {
    const response = await create({ ...DEVELOPMENT, periods: [{ days: ['monday'], start: '09:30', stop: '22:00' }] })
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toMatch(/periods/)
  })
})

describe('PATCH /api/schedules/{id}', () => {
  it('turns execution on, and answers 404 for a schedule that does not exist', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    // Turning execution on (servers really start and stop) is an admin's.
    const admin = await signedInHeaders(database.db, 'admin')
    const patch = (target: number, body: unknown) =>
      routes.one.PATCH(
        new Request(`http://localhost/api/schedules/${target}`, {
          ...json(body),
          headers: { ...admin, 'content-type': 'application/json' },
          method: 'PATCH',
        }),
        context(target),
      )
    const response = await patch(id, { execute: true })
    expect(response.status).toBe(200)
    expect(scheduleDto.parse(await response.json()).execute).toBe(true)
    expect((await patch(id + 1000, { execute: true })).status).toBe(404)
    expect((await patch(id, { execute: true, name: 'x' })).status).toBe(400)
  })
})

describe('PUT /api/schedules/{id}', () => {
  const put = (target: number, body: unknown, headers = engineer) =>
    routes.one.PUT(
      new Request(`http://localhost/api/schedules/${target}`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      context(target),
    )

  it('replaces the definition, keeping execution; the plan follows the new periods', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const admin = await signedInHeaders(database.db, 'admin')
    await routes.one.PATCH(
      new Request(`http://localhost/api/schedules/${id}`, {
        method: 'PATCH',
        headers: { ...admin, 'content-type': 'application/json' },
        body: JSON.stringify({ execute: true }),
      }),
      context(id),
    )
    const changed = {
      ...DEVELOPMENT,
      name: 'Development (late)',
      periods: [{ days: ['mon'], start: '10:00', stop: '23:00' }],
      exceptions: [],
      warnMinutes: 15,
    }
    const response = await put(id, changed)
    expect(response.status).toBe(200)
    const saved = scheduleDto.parse(await response.json())
    expect(saved).toMatchObject({ ...changed, id, execute: true, warnMinutes: 15 })
    // Monday 2026-12-21 only, 10:00 to 23:00 Seoul.
    const planned = schedulePlanResponse.parse(await (await plan(id, 'from=2026-12-21&to=2026-12-27')).json())
    expect(planned.actions.map((action) => `${action.at} ${action.action} ${action.group}`)).toEqual([
      '2026-12-21T10:00:00+09:00 start db',
      '2026-12-21T10:00:00+09:00 start api',
      '2026-12-21T23:00:00+09:00 stop api',
      '2026-12-21T23:00:00+09:00 stop db',
    ])
  })

  it('refuses a cycle or an unbounded list (400) and changes nothing; a viewer gets 403, no schedule 404', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const before = await database.db.schedule.findUniqueOrThrow({ where: { id } })
    const cyclic = { ...DEVELOPMENT, groups: [DEVELOPMENT.groups[0], { ...DEVELOPMENT.groups[1], dependsOn: ['api'] }] }
    const refused = await put(id, cyclic)
    expect(refused.status).toBe(400)
    expect((await refused.json()).error.details).toContainEqual(
      expect.objectContaining({ code: 'dependency_cycle', cycle: ['api', 'db', 'api'] }),
    )
    const tooMany = { ...DEVELOPMENT, periods: Array.from({ length: 21 }, () => DEVELOPMENT.periods[0]) }
    expect((await put(id, tooMany)).status).toBe(400)
    const exceptions = Array.from({ length: 1001 }, () => ({ date: '2026-12-24', kind: 'off' }))
    expect((await put(id, { ...DEVELOPMENT, exceptions })).status).toBe(400)
    expect((await put(id, DEVELOPMENT, await signedInHeaders(database.db, 'viewer'))).status).toBe(403)
    expect((await put(id + 1000, DEVELOPMENT)).status).toBe(404)
    expect(await database.db.schedule.findUniqueOrThrow({ where: { id } })).toEqual(before)
  })
})

describe('GET /api/schedules/{id}/plan', () => {
  it('plans the week of Christmas 2026 in Seoul: db first then api, stopped in reverse, 12-22 working late, 12-25 a holiday', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const response = await plan(id, 'from=2026-12-21&to=2026-12-27')
    expect(response.status).toBe(200)
    const { actions, unknownDays } = schedulePlanResponse.parse(await response.json())
    expect(unknownDays).toEqual([])
    const api = ['i-0a1d0000000000002', 'i-0a1d0000000000003']
    const day = (date: string, stop = '22:00') => [
      { at: `${date}T09:30:00+09:00`, group: 'db', resourceIds: ['dev-db'], action: 'start' },
      { at: `${date}T09:30:00+09:00`, group: 'api', resourceIds: api, action: 'start' },
      { at: `${date}T${stop}:00+09:00`, group: 'api', resourceIds: api, action: 'stop' },
      { at: `${date}T${stop}:00+09:00`, group: 'db', resourceIds: ['dev-db'], action: 'stop' },
    ]
    // Mon 21, Tue 22 (until 23:30), Wed 23, Thu 24; Fri 25 is Christmas (a public holiday in Korea); then the weekend.
    expect(actions).toEqual([
      ...day('2026-12-21'),
      ...day('2026-12-22', '23:30'),
      ...day('2026-12-23'),
      ...day('2026-12-24'),
    ])
  })

  it('refuses a range that is reversed or longer than a year (400), and a schedule that does not exist (404)', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const reversed = await plan(id, 'from=2026-12-27&to=2026-12-21')
    expect(reversed.status).toBe(400)
    expect((await reversed.json()).error.message).toBe('from (2026-12-27) must not be after to (2026-12-21).')
    const long = await plan(id, 'from=2026-01-01&to=2027-01-02')
    expect(long.status).toBe(400)
    expect((await long.json()).error.message).toMatch(/at most 366 days/)
    expect((await plan(id + 1000, 'from=2026-12-21&to=2026-12-27')).status).toBe(404)
  })
})

describe('GET /api/schedules/{id}/savings', () => {
  it("is December's hours off × each selected server's hourly price, exact, with the formula and what keeps billing", async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const response = await savings(id, 'month=2026-12')
    expect(response.status).toBe(200)
    const body = scheduleSavingsResponse.parse(await response.json())
    // 744 h in a Seoul December; 22 working days (Christmas skipped) × 12.5 h + 1.5 h late on the 22nd = 276.5 h running.
    expect(body).toMatchObject({ month: '2026-12', hoursInMonth: '744', hoursRunning: '276.5', hoursOff: '467.5' })
    // The api group's tag selects only its schedulable servers; the db group its id. Seoul: t4g.small $0.0208/h,
    // RDS PostgreSQL db.t4g.medium $0.094/h (a believed rate, marked unconfirmed in the card).
    expect(body.servers.map((server) => [server.group, server.id, server.savedUsd, server.formula])).toEqual([
      ['api', 'i-0a1d0000000000002', '9.724', '467.5 h × $0.0208/h = $9.724'],
      ['api', 'i-0a1d0000000000003', '9.724', '467.5 h × $0.0208/h = $9.724'],
      ['db', 'dev-db', '43.945', '467.5 h × $0.094/h = $43.945'],
    ])
    expect(body.totalUsd).toBe('63.393')
    expect(body.keepsBilling.map((entry) => entry.kind)).toEqual(['ec2', 'rds'])
  })

  it('answers 422 for a month whose public holidays are not published, 400 for a bad month and 404 for no schedule', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const unknown = await savings(id, 'month=2031-01')
    expect(unknown.status).toBe(422)
    expect((await unknown.json()).error.message).toMatch(/public holidays of 2031 are not published/)
    expect((await savings(id, 'month=2026-13')).status).toBe(400)
    expect((await savings(id + 1000, 'month=2026-12')).status).toBe(404)
  })
})

describe("a stop warning's link", () => {
  const link = async (id: number, date: string) =>
    (
      await routes.link.GET(
        new Request(`http://localhost/api/schedules/${id}/extend-link?date=${date}`, { headers: engineer }),
        context(id),
      )
    ).json()
  const extend = (body: unknown) =>
    routes.extend.POST(new Request('http://localhost/api/schedules/extend', json(body)), undefined)
  const tokenOf = (path: string) => path.split('token=')[1]!

  it("extends that date's stop by minutes or to a time, and the plan stops the api then the db then", async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const { path, expiresAt } = await link(id, '2026-12-21')
    expect(path).toMatch(/^\/schedules\/extend\?token=[\w-]+\.[\w-]+$/)
    expect(expiresAt).toBe('2026-12-22T12:00:00+09:00')
    const response = await extend({ token: tokenOf(path), addMinutes: 90 })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      scheduleId: id,
      date: '2026-12-21',
      previousStop: '2026-12-21T22:00:00+09:00',
      stop: '2026-12-21T23:30:00+09:00',
      exception: { date: '2026-12-21', kind: 'times', stop: '23:30' },
    })
    const { actions } = await (await plan(id, 'from=2026-12-21&to=2026-12-21')).json()
    expect(
      actions
        .filter((action: { action: string }) => action.action === 'stop')
        .map((action: { at: string; group: string }) => `${action.at} ${action.group}`),
    ).toEqual(['2026-12-21T23:30:00+09:00 api', '2026-12-21T23:30:00+09:00 db'])
    // Later again, to a time; never earlier than the stop now planned.
    expect(await (await extend({ token: tokenOf(path), stop: '00:30' })).json()).toMatchObject({
      stop: '2026-12-22T00:30:00+09:00',
    })
    const earlier = await extend({ token: tokenOf(path), stop: '23:00' })
    expect(earlier.status).toBe(400)
    expect((await earlier.json()).error.message).toMatch(/not later than the planned stop/)
  })

  it('refuses a changed link or one for another date (403), an expired one (403), and a body with both or neither (400)', async () => {
    const { id } = await (await create(DEVELOPMENT)).json()
    const { path } = await link(id, '2026-12-21')
    const [payload, signature] = tokenOf(path).split('.')
    const otherDay = Buffer.from(JSON.stringify({ schedule: id, date: '2026-12-23' })).toString('base64url')
    for (const token of [
      `${otherDay}.${signature}`,
      `${payload}.${signature!.slice(0, -2)}AA`,
      payload!,
      `${payload}.${signature}.x`,
    ]) {
      const response = await extend({ token, addMinutes: 60 })
      expect(response.status, token).toBe(403)
    }
    // The test clock is 2026-12-07: a link for 1 December expired at noon on the 2nd.
    const old = await link(id, '2026-12-01')
    const expired = await extend({ token: tokenOf(old.path), addMinutes: 60 })
    expect(expired.status).toBe(403)
    expect((await expired.json()).error.message).toBe('This extension link for 2026-12-01 has expired.')
    expect((await extend({ token: tokenOf(path), addMinutes: 60, stop: '23:00' })).status).toBe(400)
    expect((await extend({ token: tokenOf(path) })).status).toBe(400)
    expect((await database.db.schedule.findUniqueOrThrow({ where: { id } })).definition).toMatchObject({
      exceptions: DEVELOPMENT.exceptions,
    })
  })
})
