// Settings → API tokens through its API against a real PostgreSQL: a token made with a role (its secret answered
// once, never listed), used (last used), expiring (refused with a 401 that says it expired), revoked (refused at its
// very next request), each change audited with who made it, and a write made with a token recorded as the token's.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiTokenDto } from '../../lib/schemas/api-tokens'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'
import { TEST_NOW } from '../support/test-clock'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
let database: TestDatabase
let admin: { authorization: string }
let tokens: Record<string, Handler>
let token: Record<string, Handler>
let overview: Handler

const route = async (file: string) =>
  (await import(path.join(process.cwd(), 'app', file, 'route.ts'))) as Record<string, Handler>
const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) })
const make = (body: unknown) =>
  tokens.POST!(
    new Request('http://localhost/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify(body),
    }),
    context(),
  )
const list = async (): Promise<ApiTokenDto[]> =>
  (await (await tokens.GET!(new Request('http://localhost/api/tokens', { headers: admin }), context())).json()).tokens
const read = (secret: string) =>
  overview(new Request('http://localhost/api/overview', { headers: { authorization: `Bearer ${secret}` } }), context())

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  admin = await signedInHeaders(database.db, 'admin')
  tokens = await route('api/tokens')
  token = await route('api/tokens/[id]')
  overview = (await route('api/overview')).GET!
}, 120_000)

afterAll(async () => {
  const { db } = await import('../../lib/server/db/prisma')
  await db().$disconnect()
  await database?.drop()
})

describe('making a token', () => {
  it('answers its secret once; the list names it by prefix, with its role, creator and last use', async () => {
    const response = await make({ name: 'nightly export', role: 'finance' })
    expect(response.status).toBe(201)
    const created = await response.json()
    expect(created.token).toMatch(/^finops_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/)
    expect(created.apiToken).toMatchObject({
      name: 'nightly export',
      role: 'finance',
      prefix: created.token.slice(0, 15),
      createdBy: expect.stringMatching(/^token integration admin \(finops_\w{8}\)$/),
      lastUsedAt: null,
      expiresAt: null,
      status: 'active',
    })
    expect((await read(created.token)).status).toBe(200)
    const listed = (await list()).find((entry) => entry.prefix === created.apiToken.prefix)!
    expect(listed.lastUsedAt).toMatch(/^2026-12-07T/)
    expect(JSON.stringify(await list())).not.toContain(created.token.slice(16))
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: 'token.create' } })
    expect(entry.target).toBe(`token nightly export (${created.apiToken.prefix})`)
    expect(entry.details).toMatchObject({
      before: null,
      after: { name: 'nightly export', role: 'finance', status: 'active' },
    })
    expect(JSON.stringify(entry.details)).not.toContain(created.token.slice(16))
  })

  it('refuses a name that is empty, a role that is none and an expiry out of 1–3650 days (400)', async () => {
    for (const body of [
      { name: ' ', role: 'viewer' },
      { name: 'x', role: 'root' },
      { name: 'x', role: 'viewer', expiresInDays: 0 },
      { name: 'x', role: 'viewer', expiresInDays: 3651 },
      { name: 'x', role: 'viewer', expiresInDays: 1.5 },
    ]) {
      expect((await make(body)).status, JSON.stringify(body)).toBe(400)
    }
  })
})

describe('an expiring token', () => {
  it('works until its instant, then is refused with a 401 that says it expired', async () => {
    const created = await (await make({ name: 'one week', role: 'viewer', expiresInDays: 7 })).json()
    expect(created.apiToken.expiresAt).toMatch(/^2026-12-14T03:0/)
    expect((await read(created.token)).status).toBe(200)
    await database.db.apiToken.update({ where: { id: created.apiToken.id }, data: { expiresAt: new Date(TEST_NOW) } })
    const refused = await read(created.token)
    expect(refused.status).toBe(401)
    expect((await refused.json()).error).toEqual({
      code: 'unauthorized',
      message: `The API token ${created.apiToken.prefix} (one week) expired at 2026-12-07T03:00:00.000Z: ask an admin for a new one.`,
    })
    expect((await list()).find((entry) => entry.id === created.apiToken.id)!.status).toBe('expired')
  })
})

describe('revoking a token', () => {
  it('refuses it from its very next request, audited with the values before and after; twice changes nothing', async () => {
    const created = await (await make({ name: 'leaving script', role: 'engineer' })).json()
    expect((await read(created.token)).status).toBe(200)
    const id = String(created.apiToken.id)
    const revoke = () =>
      token.DELETE!(
        new Request(`http://localhost/api/tokens/${id}`, { method: 'DELETE', headers: admin }),
        context({ id }),
      )
    const revoked = await revoke()
    expect(revoked.status).toBe(200)
    const first = await revoked.json()
    expect(first.status).toBe('revoked')
    expect((await read(created.token)).status).toBe(401)
    expect((await (await revoke()).json()).revokedAt).toBe(first.revokedAt)
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: 'token.revoke' } })
    expect(entry.details).toMatchObject({ before: { status: 'active' }, after: { status: 'revoked' } })
  })

  it('answers 404 for no such token', async () => {
    const response = await token.DELETE!(
      new Request('http://localhost/api/tokens/999999', { method: 'DELETE', headers: admin }),
      context({ id: '999999' }),
    )
    expect(response.status).toBe(404)
  })
})

describe('a token used for a write', () => {
  it('is recorded as the actor of the write', async () => {
    const created = await (await make({ name: 'days off sync', role: 'admin' })).json()
    const { POST } = await route('api/company-days-off')
    const response = await POST!(
      new Request('http://localhost/api/company-days-off', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${created.token}` },
        body: JSON.stringify({ name: 'Foundation day', monthDay: '03-15' }),
      }),
      context(),
    )
    expect(response.status).toBe(201)
    const entry = await database.db.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } })
    expect(entry).toMatchObject({
      actorType: 'token',
      actorId: String(created.apiToken.id),
      actor: `token days off sync (${created.apiToken.prefix})`,
    })
  })
})
