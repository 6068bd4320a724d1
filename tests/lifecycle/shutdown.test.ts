// How `npm start` ends: Ctrl-C to the terminal's process group, SIGTERM to any one of its processes, a dashboard
// server whose event loop is stuck, and a second start on a busy port. Each ends with nothing left running
// (no PostgreSQL, Next.js server or worker, the port free) and a last line that says what happened.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Launched,
  alive,
  appProcesses,
  freePort,
  launch,
  listening,
  postmasterPid,
  waitFor,
} from './helpers/launch'

// One cluster for the file, made by the first start; the demo data is not needed to stop.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finops-shutdown-'))
chmodSync(dataDir, 0o755)
const env = { FINOPS_DATA_DIR: dataDir, DATABASE_URL: '', FINOPS_DEMO_DATA: 'false' }
const cluster = path.join(dataDir, 'postgres')

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

beforeAll(async () => {
  const first = await npmStart()
  process.kill(first.process.pid!, 'SIGTERM')
  await first.exited
}, 240_000)

async function npmStart(port?: number): Promise<Launched> {
  return launch(['npm', 'start'], { env, port: port ?? (await freePort()) })
}

/** What is running for the app: the launcher and its children, and PostgreSQL. */
function processesOf(app: Launched) {
  const processes = appProcesses(app.process.pid!)
  const postgres = postmasterPid(cluster)
  expect(postgres).not.toBeNull()
  return { ...processes, postgres: postgres! }
}

/** Nothing left running, the port free, and PostgreSQL's last word a clean shutdown (no crash recovery next). */
async function expectNothingLeft(app: Launched, pids: number[]) {
  await waitFor(
    () => pids.every((pid) => !alive(pid)),
    30_000,
    () => `still running: ${pids.filter(alive).join(', ')}\n${app.output()}`,
  )
  expect(await listening(app.port)).toBe(false)
  expect(readFileSync(path.join(dataDir, 'postgres.log'), 'utf8').trimEnd().split('\n').at(-1)).toMatch(
    /database system is shut down$/,
  )
}

describe('npm start stops everything, whichever way it is stopped', () => {
  it('Ctrl-C (SIGINT to the process group): the server and worker first, then PostgreSQL; exit code 0; the next start works', async () => {
    const app = await npmStart()
    const running = processesOf(app)
    process.kill(-app.process.pid!, 'SIGINT')
    expect(await app.exited).toBe(0)
    await expectNothingLeft(app, Object.values(running))
    expect(app.lastLine()).toBe(
      '[finops] Stopped on SIGINT: the dashboard server stopped, the ingestion worker stopped, PostgreSQL stopped.',
    )

    // The next start finds everything as it should be.
    const again = await npmStart(app.port)
    expect(again.output()).toContain('embedded PostgreSQL 17 (started server')
    expect((await fetch(`http://127.0.0.1:${again.port}/api/health`)).status).toBe(200)
    process.kill(-again.process.pid!, 'SIGINT')
    expect(await again.exited).toBe(0)
  })

  it.each(['npm', 'launcher'] as const)('SIGTERM to the %s alone', async (target) => {
    const app = await npmStart()
    const running = processesOf(app)
    process.kill(target === 'npm' ? app.process.pid! : running.launcher, 'SIGTERM')
    expect(await app.exited).toBe(0)
    await expectNothingLeft(app, Object.values(running))
    expect(app.lastLine()).toBe(
      '[finops] Stopped on SIGTERM: the dashboard server stopped, the ingestion worker stopped, PostgreSQL stopped.',
    )
  })

  it.each([
    ['next', 'dashboard server', 'ingestion worker'],
    ['worker', 'ingestion worker', 'dashboard server'],
  ] as const)('SIGTERM to the %s: the rest stops too, and says why', async (target, name, other) => {
    const app = await npmStart()
    const running = processesOf(app)
    process.kill(running[target], 'SIGTERM')
    expect(await app.exited).toBe(1)
    await expectNothingLeft(app, Object.values(running))
    expect(app.lastLine()).toMatch(
      new RegExp(
        `^\\[finops\\] Stopped because the ${name} (exited with code \\d+|was stopped by SIGTERM): the ${other} stopped, PostgreSQL stopped\\.$`,
      ),
    )
  })

  it('under the tsx CLI, SIGTERM to tsx: tsx passes it on and waits for the ordered stop', async () => {
    const app = await launch([path.join('node_modules', '.bin', 'tsx'), 'scripts/start.ts'], {
      env,
      port: await freePort(),
    })
    const running = processesOf(app)
    process.kill(app.process.pid!, 'SIGTERM')
    expect(await app.exited).toBe(0)
    await expectNothingLeft(app, Object.values(running))
    expect(app.lastLine()).toBe(
      '[finops] Stopped on SIGTERM: the dashboard server stopped, the ingestion worker stopped, PostgreSQL stopped.',
    )
  })

  it('Ctrl-C while the dashboard server cannot run its event loop: it is killed after 10 s, then PostgreSQL stops', async () => {
    const app = await npmStart()
    const running = processesOf(app)
    // A stopped process handles no signal, as a server stuck in a loop would not: only SIGKILL ends it.
    process.kill(running.next, 'SIGSTOP')
    process.kill(-app.process.pid!, 'SIGINT')
    expect(await app.exited).toBe(0)
    await expectNothingLeft(app, Object.values(running))
    expect(app.lastLine()).toBe(
      '[finops] Stopped on SIGINT: the dashboard server did not stop within 10 s and was killed, the ingestion worker stopped, PostgreSQL stopped.',
    )
  })

  it('a second npm start on the same port says the port is taken, and the first one keeps serving', async () => {
    const first = await npmStart()
    const second = await npmStart(first.port)
    expect(await second.exited).toBe(1)
    expect(second.output()).not.toContain('Dashboard:')
    expect(second.lastLine()).toMatch(
      /^\[finops\] Port \d+ is already in use on 127\.0\.0\.1 \(is the dashboard already running\? .*\): stop that process, or choose another port, e\.g\. PORT=\d+ npm start\.$/,
    )
    expect((await fetch(`http://127.0.0.1:${first.port}/api/health`)).status).toBe(200)
    process.kill(-first.process.pid!, 'SIGINT')
    expect(await first.exited).toBe(0)
  })
})
