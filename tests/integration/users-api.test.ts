// Settings → Users through its API against a real PostgreSQL: the list (role, source, status, last sign-in), a
// local user created with a one-time password link (never a password), a role changed, a user disabled (out at
// their very next request) and enabled, the last enabled admin kept (409, even when two admins demote each other at
// once), and each change in the audit log with who made it and the values before and after.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { UserDto } from '../../lib/schemas/users'
import { createLocalUser } from '../../lib/server/auth/local-users'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'
import { TEST_NOW } from '../support/test-clock'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
let database: TestDatabase
let admin: { authorization: string }
const password = 'correct horse battery'

const route = async (file: string) =>
  (await import(path.join(process.cwd(), 'app', file, 'route.ts'))) as Record<string, Handler>
const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) })
const send = (method: string, body: unknown, headers: Record<string, string>) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

let users: Record<string, Handler>
let user: Record<string, Handler>
let passwordLink: Record<string, Handler>

const list = async (): Promise<UserDto[]> =>
  (await (await users.GET!(new Request('http://localhost/api/users', { headers: admin }), context())).json()).users
const patch = (id: string, body: unknown, headers = admin) =>
  user.PATCH!(new Request(`http://localhost/api/users/${id}`, send('PATCH', body, headers)), context({ id }))
const byEmail = async (email: string) => (await list()).find((entry) => entry.email === email)!

async function signIn(email: string): Promise<string> {
  const { POST } = await route('api/sign-in')
  const response = await POST!(
    new Request('http://localhost/api/sign-in', send('POST', { email, password }, {})),
    context(),
  )
  expect(response.status, email).toBe(200)
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ')
}

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  admin = await signedInHeaders(database.db, 'admin')
  users = await route('api/users')
  user = await route('api/users/[id]')
  passwordLink = await route('api/users/[id]/password-link')
  await createLocalUser(database.db, { email: 'boss@example.com', role: 'admin', password })
}, 120_000)

afterAll(async () => {
  const { db } = await import('../../lib/server/db/prisma')
  await db().$disconnect()
  await database?.drop()
})

describe('the users list', () => {
  it('names each user’s role, how they sign in, their status and their last sign-in', async () => {
    await signIn('boss@example.com')
    const sso = await database.db.user.create({
      data: {
        id: 'sso-user-1',
        email: 'sso@example.com',
        name: 'Sso Person',
        role: 'engineer',
        accounts: { create: { id: 'sso-account-1', accountId: 'sub-1', providerId: 'oidc' } },
      },
    })
    expect(await list()).toEqual([
      expect.objectContaining({
        email: 'boss@example.com',
        role: 'admin',
        source: 'local',
        passwordSet: true,
        status: 'enabled',
        lastSignInAt: expect.stringMatching(/^2026-12-07T/),
      }),
      expect.objectContaining({
        id: sso.id,
        email: 'sso@example.com',
        role: 'engineer',
        source: 'oidc',
        passwordSet: false,
        status: 'enabled',
        lastSignInAt: null,
      }),
    ])
  })

  it('is for admins only', async () => {
    const engineer = await signedInHeaders(database.db, 'engineer')
    expect((await users.GET!(new Request('http://localhost/api/users', { headers: engineer }), context())).status).toBe(
      403,
    )
  })
})

describe('creating a local user', () => {
  it('answers a one-time link that sets their password, never a password, and audits who created them', async () => {
    const response = await users.POST!(
      new Request(
        'http://localhost/api/users',
        send('POST', { email: 'New.Person@Example.com', name: 'New Person', role: 'finance' }, admin),
      ),
      context(),
    )
    expect(response.status).toBe(201)
    const created = await response.json()
    expect(created.user).toMatchObject({ email: 'new.person@example.com', role: 'finance', passwordSet: false })
    expect(created.setPasswordLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup#token=[A-Za-z0-9_-]{43}$/)
    expect(JSON.stringify(created)).not.toMatch(/password"\s*:\s*"/)

    const { POST: setup } = await route('api/setup')
    const token = created.setPasswordLink.split('#token=')[1]
    expect(
      (await setup!(new Request('http://localhost/api/setup', send('POST', { token, password }, {})), context()))
        .status,
    ).toBe(200)
    await signIn('new.person@example.com')

    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: 'user.create' } })
    expect(entry.actor).toMatch(/^token integration admin \(finops_\w{8}\)$/)
    expect(entry.target).toBe('user new.person@example.com')
    expect(entry.details).toMatchObject({
      before: null,
      after: { email: 'new.person@example.com', role: 'finance', status: 'enabled' },
      status: 201,
    })
  })

  it('answers 409 for an address that is taken and 400 for a role that is none', async () => {
    const taken = await users.POST!(
      new Request('http://localhost/api/users', send('POST', { email: 'boss@example.com', role: 'viewer' }, admin)),
      context(),
    )
    expect(taken.status).toBe(409)
    const wrong = await users.POST!(
      new Request('http://localhost/api/users', send('POST', { email: 'x@example.com', role: 'root' }, admin)),
      context(),
    )
    expect(wrong.status).toBe(400)
  })

  it('gives a new password link to a local user, not to one who signs in through SSO', async () => {
    const local = await byEmail('new.person@example.com')
    const link = await passwordLink.POST!(
      new Request(`http://localhost/api/users/${local.id}/password-link`, { method: 'POST', headers: admin }),
      context({ id: local.id }),
    )
    expect(link.status).toBe(200)
    expect((await link.json()).setPasswordLink).toContain('/setup#token=')
    const sso = await passwordLink.POST!(
      new Request('http://localhost/api/users/sso-user-1/password-link', { method: 'POST', headers: admin }),
      context({ id: 'sso-user-1' }),
    )
    expect(sso.status).toBe(409)
  })
})

describe('changing a user', () => {
  it('changes a role, recorded with the values before and after', async () => {
    const person = await byEmail('new.person@example.com')
    const response = await patch(person.id, { role: 'engineer' })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ role: 'engineer', status: 'enabled' })
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { action: 'user.set-role' },
      orderBy: { id: 'desc' },
    })
    expect(entry.details).toMatchObject({ before: { role: 'finance' }, after: { role: 'engineer' } })
  })

  it('disables a user, who is out at their very next request, and enables them again', async () => {
    const person = await byEmail('new.person@example.com')
    const cookie = await signIn('new.person@example.com')
    const { GET: overview } = await route('api/overview')
    const read = () => overview!(new Request('http://localhost/api/overview', { headers: { cookie } }), context())
    expect((await read()).status).toBe(200)
    expect(await (await patch(person.id, { disabled: true })).json()).toMatchObject({ status: 'disabled' })
    expect((await read()).status).toBe(401)
    expect((await patch(person.id, { disabled: false })).status).toBe(200)
    expect((await byEmail('new.person@example.com')).status).toBe('enabled')
    const actions = (
      await database.db.auditLog.findMany({
        where: { target: 'user new.person@example.com' },
        orderBy: { id: 'asc' },
      })
    ).map((entry) => entry.action)
    expect(actions.slice(-2)).toEqual(['user.disable', 'user.enable'])
  })

  it('answers 404 for no such user and 400 for an empty change', async () => {
    expect((await patch('nobody', { role: 'viewer' })).status).toBe(404)
    const empty = await patch((await byEmail('boss@example.com')).id, {})
    expect(empty.status).toBe(400)
    expect((await empty.json()).error.message).toContain('give `role`, `disabled` or both')
  })
})

describe('the last enabled admin', () => {
  it('cannot be demoted or disabled, with a message that says why', async () => {
    const boss = await byEmail('boss@example.com')
    for (const change of [{ role: 'viewer' }, { disabled: true }]) {
      const response = await patch(boss.id, change)
      expect(response.status, JSON.stringify(change)).toBe(409)
      expect((await response.json()).error.message).toBe(
        'boss@example.com is the last enabled admin: make someone else admin first, or the dashboard would have no admin.',
      )
    }
    expect((await byEmail('boss@example.com')).role).toBe('admin')
    // A disabled admin does not count: making one does not free the last enabled one.
    const other = await createLocalUser(database.db, { email: 'other-admin@example.com', role: 'admin', password })
    await database.db.user.update({ where: { id: other.id }, data: { disabledAt: new Date(TEST_NOW) } })
    expect((await patch(boss.id, { role: 'viewer' })).status).toBe(409)
    // Enabled, the other admin lets the first one go.
    expect((await patch(other.id, { disabled: false })).status).toBe(200)
    expect((await patch(boss.id, { role: 'engineer' })).status).toBe(200)
  })

  it('survives two admins demoting each other at the same moment: one of them stays admin', async () => {
    const first = await byEmail('other-admin@example.com')
    const second = await byEmail('new.person@example.com')
    expect((await patch(second.id, { role: 'admin' })).status).toBe(200)
    expect((await patch((await byEmail('boss@example.com')).id, { role: 'viewer' })).status).toBe(200)
    const answers = await Promise.all([patch(first.id, { role: 'viewer' }), patch(second.id, { role: 'viewer' })])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect((await list()).filter((entry) => entry.role === 'admin' && entry.status === 'enabled')).toHaveLength(1)
  })
})
