// `npm start` as a user runs it, against the production build: first start seeds, second start reuses,
// Ctrl-C leaves no PostgreSQL behind, a kill -9 is recovered from, and DATABASE_URL is used when set.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startTemporaryPostgres } from '../../scripts/lib/temporary-postgres'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finops-start-'))
chmodSync(dataDir, 0o755)

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

type App = { process: ChildProcess; output: () => string; port: number; exited: Promise<number | null> }

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function start(env: Record<string, string> = {}): Promise<App> {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FINOPS_DATA_DIR: dataDir,
      DATABASE_URL: '',
      FINOPS_DEMO_DATA: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const app = { process: child, output: () => output, port, exited }
  await waitFor(
    () => output.includes('[finops] Dashboard:'),
    120_000,
    () => `npm start did not come up:\n${output}`,
  )
  return app
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, message: () => string) {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(message())
}

function postmasterPid(): number | null {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const ADMIN = { email: 'admin@example.com', password: 'lifecycle admin password' }

/**
 * A signed-in session's cookie. A fresh database has no user: the start printed the first admin's one-time link,
 * which creates them (as a person following it would); later starts print none, and the admin signs in.
 */
async function signIn(app: App): Promise<string> {
  const token = /one-time link \(it works once\): \S+#token=(\S+)/.exec(app.output())?.[1]
  const post = (path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${app.port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  if (token) expect((await post('/api/setup', { token, ...ADMIN })).status).toBe(200)
  const response = await post('/api/sign-in', ADMIN)
  expect(response.status).toBe(200)
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

async function overviewTotal(app: App): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${app.port}/api/overview`, { headers: { cookie: await signIn(app) } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { total: { currentUsd: string } }).total.currentUsd
}

describe('npm start', () => {
  let firstTotal = ''

  it('starts PostgreSQL, migrates, loads the demo data and serves the overview; Ctrl-C stops everything', async () => {
    const app = await start()
    expect(app.output()).toContain('Empty database: loading the demo dataset')
    expect(app.output()).toContain('embedded PostgreSQL 17 (started server')
    // Nothing works without signing in, and the console says how to create the first admin.
    expect((await fetch(`http://127.0.0.1:${app.port}/api/overview`)).status).toBe(401)
    expect(app.output()).toMatch(
      /No user yet\. Create the first admin with this one-time link \(it works once\): http:\/\/127\.0\.0\.1:\d+\/setup#token=/,
    )
    firstTotal = await overviewTotal(app)
    expect(Number(firstTotal)).toBeGreaterThan(0)
    const pid = postmasterPid()!
    expect(alive(pid)).toBe(true)

    app.process.kill('SIGINT')
    expect(await app.exited).toBe(0)
    await waitFor(
      () => !alive(pid),
      10_000,
      () => 'postgres still running after Ctrl-C',
    )
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  })

  it('reuses the data on the next start without re-seeding; other commands join the running database', async () => {
    const app = await start()
    expect(app.output()).toContain('Demo data present')
    expect(app.output()).not.toContain('loading the demo dataset')
    expect(app.output()).not.toContain('one-time link')
    expect(await overviewTotal(app)).toBe(firstTotal)

    const migrate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
      env: { ...process.env, FINOPS_DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    })
    expect(migrate.status).toBe(0)
    expect(migrate.stdout).toContain('joined the running server')
    // The joiner does not stop a server it did not start.
    expect(await overviewTotal(app)).toBe(firstTotal)
    app.process.kill('SIGTERM')
    expect(await app.exited).toBe(0)
  })

  it('recovers after the app is killed with kill -9', async () => {
    const app = await start()
    const orphan = postmasterPid()!
    app.process.kill('SIGKILL')
    await app.exited
    // The Next.js server notices it lost its parent and exits; PostgreSQL is left running as an orphan.
    await waitFor(
      async () =>
        !(await fetch(`http://127.0.0.1:${app.port}/api/health`).then(
          () => true,
          () => false,
        )),
      10_000,
      () => 'next server still up',
    )
    expect(alive(orphan)).toBe(true)

    const next = await start()
    expect(alive(orphan)).toBe(false)
    expect(await overviewTotal(next)).toBe(firstTotal)
    next.process.kill('SIGINT')
    expect(await next.exited).toBe(0)
  })

  it('uses and migrates the database DATABASE_URL points at, starting no PostgreSQL of its own', async () => {
    const external = await startTemporaryPostgres('external')
    const otherDataDir = mkdtempSync(path.join(os.tmpdir(), 'finops-unused-'))
    try {
      const app = await start({ DATABASE_URL: external.url, FINOPS_DATA_DIR: otherDataDir, FINOPS_DEMO_DATA: 'false' })
      expect(app.output()).toContain('Database: DATABASE_URL')
      expect(app.output()).toContain('FINOPS_DEMO_DATA=false')
      expect(existsSync(path.join(otherDataDir, 'postgres'))).toBe(false)
      const client = new pg.Client({ connectionString: external.url })
      await client.connect()
      const migrations = await client.query(
        'SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      )
      const accounts = await client.query('SELECT count(*)::int AS n FROM aws_account')
      await client.end()
      expect(migrations.rows[0].n).toBeGreaterThan(0)
      expect(accounts.rows[0].n).toBe(0)
      const overview = (await (
        await fetch(`http://127.0.0.1:${app.port}/api/overview`, { headers: { cookie: await signIn(app) } })
      ).json()) as { availableMonths: string[] }
      expect(overview.availableMonths).toEqual([])
      app.process.kill('SIGINT')
      expect(await app.exited).toBe(0)
    } finally {
      await external.stop()
      rmSync(otherDataDir, { recursive: true, force: true })
    }
  })
})
