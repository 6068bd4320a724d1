// `npm run users` and `npm run tokens` against a real PostgreSQL: what they print, what they change, and that a
// token or a disabled user takes effect at the very next API request.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TOKENS_USAGE, tokensCommand, UsageError, usersCommand } from '../../scripts/lib/access-commands'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'
import { TEST_NOW } from '../support/test-clock'

type Handler = (request: Request, context: unknown) => Promise<Response>
let database: TestDatabase
let overview: Handler
let signIn: Handler

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const read = (headers: Record<string, string>) =>
  overview(new Request('http://localhost/api/overview', { headers }), undefined)

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  overview = ((await import(path.join(process.cwd(), 'app/api/overview/route.ts'))) as { GET: Handler }).GET
  signIn = ((await import(path.join(process.cwd(), 'app/api/sign-in/route.ts'))) as { POST: Handler }).POST
})

afterAll(async () => {
  const { db } = await import('../../lib/server/db/prisma')
  await db().$disconnect()
  await database?.drop()
})

describe('npm run tokens', () => {
  it('creates a token, printed alone on the last line, that calls the API with its role until it is revoked', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tokens.ts', ...args], {
        env: { ...process.env, DATABASE_URL: database.url },
        encoding: 'utf8',
      })
    const created = run('create', '--name', 'ci exports', '--role', 'finance')
    expect(created.status, created.stderr).toBe(0)
    const token = created.stdout.trim().split('\n').at(-1)!
    expect(token).toMatch(/^finops_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/)
    expect(run('list').stdout).toContain(`${token.slice(0, 15)}\tci exports\tfinance\tcreated`)
    const wrong = run('create', '--name', 'x', '--role', 'root')
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('--role root is not a role')
    expect(wrong.stderr).toContain(TOKENS_USAGE.split('\n')[0])
  }, 120_000)

  it('makes a token that expires after --expires-in-days, refused after that with the reason', async () => {
    const lines = await tokensCommand(database.db, [
      'create',
      '--name',
      'ci month',
      '--role',
      'viewer',
      '--expires-in-days',
      '30',
    ])
    expect(lines[0]).toMatch(
      /^Created token ci month \(finops_\w{8}\) with the viewer role, until 2027-01-06 \d\d:\d\d UTC\./,
    )
    const token = lines.at(-1)!
    expect((await read({ authorization: `Bearer ${token}` })).status).toBe(200)
    expect((await tokensCommand(database.db, ['list'])).find((line) => line.includes('ci month'))).toMatch(
      /\texpires 2027-01-06 \d\d:\d\d\tactive$/,
    )
    await database.db.apiToken.update({
      where: { prefix: token.slice(0, 15) },
      data: { expiresAt: new Date(TEST_NOW) },
    })
    const refused = await read({ authorization: `Bearer ${token}` })
    expect(refused.status).toBe(401)
    expect((await refused.json()).error.message).toBe(
      `The API token ${token.slice(0, 15)} (ci month) expired at 2026-12-07T03:00:00.000Z: ask an admin for a new one.`,
    )
    for (const days of ['0', '3651', '1.5', 'soon'])
      await expect(
        tokensCommand(database.db, ['create', '--name', 'x', '--role', 'viewer', '--expires-in-days', days]),
      ).rejects.toThrow(UsageError)
  })

  it('revokes a token by its prefix: the next request with it is 401', async () => {
    const token = (await tokensCommand(database.db, ['create', '--name', 'soon gone', '--role', 'viewer'])).at(-1)!
    expect((await read({ authorization: `Bearer ${token}` })).status).toBe(200)
    expect(await tokensCommand(database.db, ['revoke', '--prefix', token.slice(0, 15)])).toEqual([
      `Revoked ${token.slice(0, 15)} (soon gone).`,
    ])
    expect((await read({ authorization: `Bearer ${token}` })).status).toBe(401)
    await expect(tokensCommand(database.db, ['revoke', '--prefix', 'finops_nothing0'])).rejects.toThrow(
      'There is no token finops_nothing0.',
    )
    const audit = await database.db.auditLog.findMany({
      where: { action: { startsWith: 'token.' } },
      orderBy: { id: 'asc' },
    })
    expect(audit.map((entry) => `${entry.actor} ${entry.action} ${entry.target}`)).toContain(
      `cli token.revoke token soon gone (${token.slice(0, 15)})`,
    )
  })
})

describe('npm run users', () => {
  const password = 'a long enough password'

  it('creates a user with a role and a one-time password link; disables them, which signs them out at once', async () => {
    const lines = await usersCommand(database.db, ['create', '--email', 'Dev@Example.com', '--role', 'engineer'])
    const token = lines.at(-1)!.split('#token=')[1]!
    const setup = ((await import(path.join(process.cwd(), 'app/api/setup/route.ts'))) as { POST: Handler }).POST
    expect((await setup(new Request('http://localhost/api/setup', json({ token, password })), undefined)).status).toBe(
      200,
    )
    const session = await signIn(
      new Request('http://localhost/api/sign-in', json({ email: 'dev@example.com', password })),
      undefined,
    )
    expect(session.status).toBe(200)
    const cookie = session.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ')
    expect((await read({ cookie })).status).toBe(200)
    const [listed] = await usersCommand(database.db, ['list'])
    expect(listed).toMatch(/^dev@example\.com\tengineer\tenabled\tpassword\tlast sign-in \d{4}-\d\d-\d\d \d\d:\d\d$/)

    await usersCommand(database.db, ['set-role', '--email', 'dev@example.com', '--role', 'admin'])
    await usersCommand(database.db, ['create', '--email', 'boss@example.com', '--role', 'admin'])
    await usersCommand(database.db, ['disable', '--email', 'dev@example.com'])
    expect((await read({ cookie })).status).toBe(401)
    expect((await usersCommand(database.db, ['list']))[1]).toMatch(/^dev@example\.com\tadmin\tdisabled\tpassword\t/)
  })

  it('never disables or demotes the last admin', async () => {
    await expect(usersCommand(database.db, ['disable', '--email', 'boss@example.com'])).rejects.toThrow(
      'last enabled admin',
    )
    await expect(
      usersCommand(database.db, ['set-role', '--email', 'boss@example.com', '--role', 'viewer']),
    ).rejects.toThrow('last enabled admin')
    await usersCommand(database.db, ['enable', '--email', 'dev@example.com'])
    await usersCommand(database.db, ['set-role', '--email', 'boss@example.com', '--role', 'viewer'])
    const changes = await database.db.auditLog.findMany({
      where: { action: { startsWith: 'user.' } },
      orderBy: { id: 'asc' },
    })
    expect(changes.map((entry) => entry.action)).toEqual([
      'user.create',
      'user.set-password',
      'user.set-role',
      'user.create',
      'user.disable',
      'user.enable',
      'user.set-role',
    ])
  })
})
