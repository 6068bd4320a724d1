// The holiday calendar through its routes: Korea's public holidays of a known year, the company's own days off on
// top (every year, or once), an unpublished year answered as unknown instead of guessed, and the refusals. Reading
// the calendar is anyone's; changing the company's days off is an admin's (settings:write).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { companyDayOffDto, holidaysResponse } from '../../lib/schemas/holidays'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: unknown) => Promise<Response> | Response
let database: TestDatabase
let routes: { holidays: { GET: Handler }; daysOff: { POST: Handler }; dayOff: { DELETE: Handler } }
let admin: { authorization: string }
let viewer: { authorization: string }

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  routes = {
    holidays: await import('../../app/api/holidays/route'),
    daysOff: await import('../../app/api/company-days-off/route'),
    dayOff: await import('../../app/api/company-days-off/[id]/route'),
  }
  admin = await signedInHeaders(database.db, 'admin')
  viewer = await signedInHeaders(database.db, 'viewer')
})

afterAll(async () => {
  await database?.drop()
})

async function holidaysOf(year: string) {
  const response = await routes.holidays.GET(
    new Request(`http://localhost/api/holidays?year=${year}`, { headers: viewer }),
    undefined,
  )
  expect(response.status).toBe(200)
  return holidaysResponse.parse(await response.json())
}

const addDayOff = (body: unknown, as = admin) =>
  Promise.resolve(
    routes.daysOff.POST(
      new Request('http://localhost/api/company-days-off', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...as },
        body: JSON.stringify(body),
      }),
      undefined,
    ),
  )

const removeDayOff = (id: number | string, as = admin) =>
  Promise.resolve(
    routes.dayOff.DELETE(
      new Request(`http://localhost/api/company-days-off/${id}`, { method: 'DELETE', headers: as }),
      { params: Promise.resolve({ id: String(id) }) },
    ),
  )

describe('the holiday calendar', () => {
  it('lists Korea’s public holidays of 2026, substitute days and 노동절 included', async () => {
    const calendar = await holidaysOf('2026')
    expect(calendar).toMatchObject({ calendar: 'KR', year: 2026, known: true, unknownReason: null })
    const days = calendar.holidays!.map((holiday) => holiday.day)
    // 설날 2/16–18; 3·1절 fell on a Sunday, so 3/2 is its substitute; 노동절 5/1; 지방선거 6/3
    expect(days).toEqual(
      expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-18', '2026-03-02', '2026-05-01', '2026-06-03']),
    )
    expect(calendar.holidays!.find((holiday) => holiday.day === '2026-03-02')).toMatchObject({
      kind: 'independence_movement',
      substitute: true,
      source: 'public',
    })
  })

  it('adds the company’s days off, every year or once, and removes them', async () => {
    const yearly = await addDayOff({ name: '창립기념일', monthDay: '03-15' })
    expect(yearly.status).toBe(201)
    const founding = companyDayOffDto.parse(await yearly.json())
    expect(founding).toMatchObject({ name: '창립기념일', monthDay: '03-15', day: null })
    const once = companyDayOffDto.parse(await (await addDayOff({ name: 'Year-end closing', day: '2026-12-31' })).json())

    const in2026 = await holidaysOf('2026')
    expect(in2026.holidays!.filter((holiday) => holiday.source === 'company')).toEqual([
      { day: '2026-03-15', names: ['창립기념일'], kind: 'company', substitute: false, source: 'company' },
      { day: '2026-12-31', names: ['Year-end closing'], kind: 'company', substitute: false, source: 'company' },
    ])
    // The yearly day comes back in 2027; the one-off does not.
    expect(
      (await holidaysOf('2027'))
        .holidays!.filter((holiday) => holiday.source === 'company')
        .map((holiday) => holiday.day),
    ).toEqual(['2027-03-15'])

    expect((await removeDayOff(once.id)).status).toBe(204)
    expect((await removeDayOff(once.id)).status).toBe(404)
    expect((await holidaysOf('2026')).companyDaysOff.map((day) => day.id)).toEqual([founding.id])
  })

  it('lets only an admin change the company’s days off: a viewer gets 403 and nothing changes', async () => {
    const added = companyDayOffDto.parse(await (await addDayOff({ name: 'closing', day: '2026-12-30' })).json())
    const before = await database.db.companyDayOff.count()
    expect((await addDayOff({ name: 'viewer’s day', day: '2026-12-24' }, viewer)).status).toBe(403)
    expect((await removeDayOff(added.id, viewer)).status).toBe(403)
    expect(await database.db.companyDayOff.count()).toBe(before)
    expect((await removeDayOff(added.id)).status).toBe(204)
  })

  it('answers a year whose public holidays are not published yet as unknown, never guessed', async () => {
    const calendar = await holidaysOf('2028')
    expect(calendar).toMatchObject({ year: 2028, known: false, holidays: null })
    expect(calendar.unknownReason).toBe('The KR public holidays of 2028 are not published yet (known: 2018–2027).')
  })

  it.each(['1999', '2100', '26', 'abc', ''])('refuses the year %j with a 400', async (year) => {
    const response = await routes.holidays.GET(
      new Request(`http://localhost/api/holidays?year=${year}`, { headers: viewer }),
      undefined,
    )
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/year/)
  })

  it.each([
    [{ name: 'x', day: '2026-12-31', monthDay: '12-31' }, /either `day`/],
    [{ name: 'x' }, /either `day`/],
    [{ name: '', day: '2026-12-31' }, /name/],
    [{ name: 'x', monthDay: '02-30' }, /monthDay/],
    [{ name: 'x', monthDay: '13-01' }, /monthDay/],
    [{ name: 'x', day: '2026-02-29' }, /day/],
    [{ name: 'x', day: '2026-12-31', note: 'y' }, /note/],
  ])('refuses the day off %j with a 400 naming what is wrong, and adds nothing', async (body, message) => {
    const before = await database.db.companyDayOff.count()
    const response = await addDayOff(body)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message)
    expect(await database.db.companyDayOff.count()).toBe(before)
  })
})
