// Who may call what, through the real route handlers against a real PostgreSQL. Every operation of the OpenAPI
// document is called without credentials (401, except the public ones) and as a token of each role: a role the
// matrix (lib/domain/access/permissions.ts) does not give the operation's permission gets 403 and changes nothing;
// one it does is never refused for its role. Then signing in: the first admin's one-time link, passwords,
// lockout, sign-out everywhere, and a disabled user or a revoked token being out at the very next request.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { can, type Permission, ROLES } from '../../lib/domain/access/permissions'
import { openApiDocument } from '../../lib/openapi/document'
import { createApiToken, revokeApiToken } from '../../lib/server/auth/api-tokens'
import { createLocalUser } from '../../lib/server/auth/local-users'
import { upsertAccounts } from '../../lib/server/repositories/write-accounts'
import { findLink } from '../../lib/server/auth/one-time-links'
import { firstAdminLinkPath } from '../../lib/server/auth/setup-links'
import { TEST_ACTOR, signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'
import { TEST_NOW } from '../support/test-clock'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
type Operation = { method: string; path: string; permission: Permission | 'public' }

const document = openApiDocument() as unknown as {
  paths: Record<string, Record<string, { 'x-permission': Permission | 'public' }>>
}
const operations: Operation[] = Object.entries(document.paths).flatMap(([apiPath, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path: apiPath,
    permission: operation['x-permission'],
  })),
)
const handlers = new Map<string, Handler>()
let database: TestDatabase
const roleHeaders = {} as Record<(typeof ROLES)[number], { authorization: string }>

/** The query a read cannot do without (a collection read without one answers in full). */
const REQUIRED_QUERY: Record<string, string> = {
  '/api/exports/functions.csv': '?month=2026-11',
  '/api/holidays': '?year=2026',
}

/** Ids that exist nowhere (404 for whoever may ask), so an allowed call of a write changes nothing either. */
const call = (operation: Operation, headers: Record<string, string> = {}) => {
  const url = `http://localhost${operation.path.replace(/\{\w+\}/g, '999999')}${operation.method === 'GET' ? (REQUIRED_QUERY[operation.path] ?? '') : ''}`
  const sendsBody = operation.method !== 'GET'
  const request = new Request(url, {
    method: operation.method,
    headers: { ...headers, ...(sendsBody ? { 'content-type': 'application/json' } : {}) },
    ...(sendsBody ? { body: '{}' } : {}),
  })
  return handlers.get(`${operation.method} ${operation.path}`)!(request, {
    params: Promise.resolve(
      Object.fromEntries([...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => [match[1]!, '999999'])),
    ),
  })
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
const route = async (file: string) =>
  (await import(path.join(process.cwd(), 'app', file, 'route.ts'))) as Record<string, Handler>
const noContext = { params: Promise.resolve({}) }
const sessionCookie = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ')

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  for (const role of ROLES) roleHeaders[role] = await signedInHeaders(database.db, role)
  // Demo data counts as present, so an admin's POST /api/demo-data answers 409 instead of loading it.
  await upsertAccounts(database.db, [{ id: '210987654321', name: 'demo placeholder', isDemo: true }])
  for (const operation of operations) {
    const file = path.join(process.cwd(), 'app', operation.path.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts')
    handlers.set(
      `${operation.method} ${operation.path}`,
      ((await import(file)) as Record<string, Handler>)[operation.method]!,
    )
  }
}, 120_000)

afterAll(async () => {
  const { db } = await import('../../lib/server/db/prisma')
  await db().$disconnect()
  await database?.drop()
})

describe('every operation of the OpenAPI document', () => {
  const guarded = operations.filter((operation) => operation.permission !== 'public')

  it('covers the whole API', () => {
    expect(guarded.length).toBeGreaterThan(30)
  })

  it.each(guarded)('$method $path answers 401 JSON without credentials', async (operation) => {
    const response = await call(operation)
    expect(response.status).toBe(401)
    expect((await response.json()).error.code).toBe('unauthorized')
  })

  it.each(guarded)('$method $path answers each role as the matrix says', async (operation) => {
    const permission = operation.permission as Permission
    for (const role of ROLES) {
      const before = await database.db.auditLog.count()
      const response = await call(operation, roleHeaders[role])
      await response.body?.cancel()
      if (can(role, permission)) {
        // A read of a collection answers in full (an empty database has empty lists); anything else reaches its handler.
        if (operation.method === 'GET' && !operation.path.includes('{'))
          expect(response.status, `${role} reading ${operation.path}`).toBe(200)
        else expect([401, 403], `${role} was refused ${permission}`).not.toContain(response.status)
      } else {
        expect(response.status, `${role} was let through to ${permission}`).toBe(403)
        // Refused before anything was read or changed: nothing to audit.
        expect(await database.db.auditLog.count()).toBe(before)
      }
    }
  })

  it('answers 401 for a malformed, unknown or revoked token', async () => {
    const read = operations.find((operation) => operation.path === '/api/overview')!
    const { token, apiToken } = await createApiToken(database.db, {
      name: 'soon revoked',
      role: 'admin',
      createdBy: TEST_ACTOR.label,
    })
    expect((await call(read, { authorization: `Bearer ${token}` })).status).not.toBe(401)
    await revokeApiToken(database.db, { id: apiToken.id })
    for (const authorization of [
      `Bearer ${token}`,
      'Bearer finops_nope',
      'Basic YWRtaW46YWRtaW4=',
      `Bearer ${token.slice(0, -1)}x`,
    ]) {
      expect((await call(read, { authorization })).status, authorization).toBe(401)
    }
  })
})

describe('the audit log', () => {
  it('records an export with the filters the route read', async () => {
    const { GET } = await route('api/exports/costs.csv')
    const response = await GET!(
      new Request('http://localhost/api/exports/costs.csv?from=2026-10-01&to=2026-10-31&granularity=monthly', {
        headers: roleHeaders.finance,
      }),
      noContext,
    )
    expect(response.status, await response.clone().text()).toBe(200)
    await response.text()
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { action: 'GET /api/exports/costs.csv' },
      orderBy: { id: 'desc' },
    })
    expect(entry.actor).toMatch(/^token integration finance \(finops_\w{8}\)$/)
    expect(entry.details).toMatchObject({
      status: 200,
      query: { from: '2026-10-01', to: '2026-10-31', granularity: 'monthly' },
    })
  })

  it('records a write whatever its link held: a route that reads no query never validated it (a NUL would not fit in jsonb)', async () => {
    const { POST } = await route('api/alerts/deliveries')
    const before = await database.db.auditLog.count({ where: { action: 'POST /api/alerts/deliveries' } })
    const response = await POST!(
      new Request('http://localhost/api/alerts/deliveries?note=%00', { method: 'POST', headers: roleHeaders.engineer }),
      noContext,
    )
    expect(response.status, await response.clone().text()).toBe(200)
    expect(await database.db.auditLog.count({ where: { action: 'POST /api/alerts/deliveries' } })).toBe(before + 1)
  })

  it('refuses to change or delete what it recorded', async () => {
    await expect(database.db.$executeRawUnsafe('UPDATE audit_log SET actor = $1', 'someone else')).rejects.toThrow(
      /append-only/,
    )
    await expect(database.db.$executeRawUnsafe('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    await expect(database.db.$executeRawUnsafe('TRUNCATE audit_log')).rejects.toThrow(/append-only/)
  })
})

describe('signing in', () => {
  const password = 'correct horse battery'
  let signIn: Handler
  let signOut: Handler
  let overview: Handler

  beforeAll(async () => {
    signIn = (await route('api/sign-in')).POST!
    signOut = (await route('api/sign-out')).POST!
    overview = (await route('api/overview')).GET!
  })

  const withCookie = (cookie: string) =>
    overview(new Request('http://localhost/api/overview', { headers: { cookie } }), noContext)

  it('creates the first admin from the one-time link only while there is no user, once', async () => {
    const setup = (await route('api/setup')).POST!
    const describe_ = (await route('api/setup/link')).POST!
    const linkPath = (await firstAdminLinkPath(database.db))!
    const token = linkPath.split('#token=')[1]!
    const newer = (await firstAdminLinkPath(database.db))!.split('#token=')[1]!
    // A newer link replaces the older one.
    expect((await describe_(new Request('http://localhost/api/setup/link', json({ token })), noContext)).status).toBe(
      404,
    )
    expect(
      await (await describe_(new Request('http://localhost/api/setup/link', json({ token: newer })), noContext)).json(),
    ).toEqual({ purpose: 'first-admin', email: null })
    const done = await setup(
      new Request('http://localhost/api/setup', json({ token: newer, email: 'Boss@Example.com', password })),
      noContext,
    )
    expect(done.status).toBe(200)
    expect(await done.json()).toEqual({ email: 'boss@example.com' })
    expect((await database.db.user.findUniqueOrThrow({ where: { email: 'boss@example.com' } })).role).toBe('admin')
    // Used: it works once, and no later start prints another while a user exists.
    expect(
      (
        await setup(
          new Request('http://localhost/api/setup', json({ token: newer, email: 'second@example.com', password })),
          noContext,
        )
      ).status,
    ).toBe(404)
    expect(await firstAdminLinkPath(database.db)).toBeNull()
    expect(await findLink(database.db, newer)).toBeNull()
  })

  it('signs in with the password into an HttpOnly SameSite session cookie, which reads the API', async () => {
    const response = await signIn(
      new Request('http://localhost/api/sign-in', json({ email: 'boss@example.com', password })),
      noContext,
    )
    expect(response.status).toBe(200)
    const cookies = response.headers.getSetCookie()
    expect(cookies.join('\n')).toMatch(/finops\.session_token=.*HttpOnly.*SameSite=Lax/i)
    const cookie = sessionCookie(response)
    expect((await withCookie(cookie)).status).toBe(200)
    // A request that sends a token is judged by the token alone, never by a cookie that comes with it.
    expect(
      (
        await overview(
          new Request('http://localhost/api/overview', { headers: { cookie, authorization: 'Bearer finops_revoked' } }),
          noContext,
        )
      ).status,
    ).toBe(401)
    const actions = (await database.db.auditLog.findMany({ orderBy: { id: 'asc' } })).map(
      (entry) => `${entry.action} ${entry.actor}`,
    )
    expect(actions).toContain('sign-in boss@example.com')
  })

  it('locks an account after repeated wrong passwords, whatever is tried while it is locked', async () => {
    await createLocalUser(database.db, { email: 'dev@example.com', role: 'engineer', password })
    const attempt = (pw: string) =>
      signIn(new Request('http://localhost/api/sign-in', json({ email: 'dev@example.com', password: pw })), noContext)
    for (let failure = 0; failure < 5; failure++) expect((await attempt('wrong password!')).status).toBe(401)
    const locked = await attempt(password)
    expect(locked.status).toBe(429)
    expect((await locked.json()).error.message).toContain('locked until')
    const failures = await database.db.auditLog.count({ where: { action: 'sign-in.failed', actor: 'dev@example.com' } })
    expect(failures).toBe(6)
    // An unknown address gets the same answer as a wrong password.
    const unknown = await signIn(
      new Request('http://localhost/api/sign-in', json({ email: 'nobody@example.com', password })),
      noContext,
    )
    expect(unknown.status).toBe(401)
    expect((await unknown.json()).error.message).toBe('Wrong e-mail address or password.')
  })

  it('signs a disabled user out at the next request, and refuses their password', async () => {
    await createLocalUser(database.db, { email: 'leaver@example.com', role: 'viewer', password })
    const cookie = sessionCookie(
      await signIn(
        new Request('http://localhost/api/sign-in', json({ email: 'leaver@example.com', password })),
        noContext,
      ),
    )
    expect((await withCookie(cookie)).status).toBe(200)
    await database.db.user.update({ where: { email: 'leaver@example.com' }, data: { disabledAt: new Date(TEST_NOW) } })
    expect((await withCookie(cookie)).status).toBe(401)
    expect(
      (
        await signIn(
          new Request('http://localhost/api/sign-in', json({ email: 'leaver@example.com', password })),
          noContext,
        )
      ).status,
    ).toBe(401)
  })

  it('signs out this browser, or every browser of the user', async () => {
    const first = sessionCookie(
      await signIn(
        new Request('http://localhost/api/sign-in', json({ email: 'boss@example.com', password })),
        noContext,
      ),
    )
    const second = sessionCookie(
      await signIn(
        new Request('http://localhost/api/sign-in', json({ email: 'boss@example.com', password })),
        noContext,
      ),
    )
    const third = sessionCookie(
      await signIn(
        new Request('http://localhost/api/sign-in', json({ email: 'boss@example.com', password })),
        noContext,
      ),
    )
    expect(
      (await signOut(new Request('http://localhost/api/sign-out', json({}, { cookie: first })), noContext)).status,
    ).toBe(204)
    expect((await withCookie(first)).status).toBe(401)
    expect((await withCookie(second)).status).toBe(200)
    expect(
      (
        await signOut(
          new Request('http://localhost/api/sign-out', json({ everywhere: true }, { cookie: second })),
          noContext,
        )
      ).status,
    ).toBe(204)
    expect((await withCookie(third)).status).toBe(401)
  })
})
