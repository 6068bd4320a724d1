// One PostgreSQL server process: create its cluster (initdb), start it, stop it. Its output goes straight to
// the log file (the server keeps logging if the process that started it dies); readiness is a successful
// connection.
import 'server-only'
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { EmbeddedPostgresError } from './embedded-postgres-error'
import type { Placement } from './postgres-placement'

export type ServerSettings = Pick<Placement, 'installDir' | 'dataDir' | 'runAs'> & {
  superuser: string
  password: string
  logPath: string
  /** Test clusters trade durability for speed; never set for real data. */
  unsafeFastTestMode?: boolean
  /**
   * Starts the server in its own session, so that a Ctrl-C in the terminal reaches only the process that
   * owns it, which stops it after the processes that use it.
   */
  ownProcessGroup?: boolean
}

// English messages whatever the machine's locale: the log is read by people and by our error messages.
const LOCALE_ENV = { LC_MESSAGES: 'C', LC_ALL: 'C' }

export async function initialiseCluster(settings: ServerSettings): Promise<void> {
  const { dataDir, runAs } = settings
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid)
  // Beside the data folder, which the server's user can reach; readable by that user alone.
  const passwordFile = path.join(path.dirname(dataDir), `.initdb-password-${randomBytes(6).toString('hex')}`)
  writeFileSync(passwordFile, `${settings.password}\n`, { mode: 0o600 })
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid)
  try {
    const flags = ['--encoding=UTF8', '--locale=C', ...(settings.unsafeFastTestMode ? [] : ['--data-checksums'])]
    const initdb = run(settings, 'initdb', [
      `--pgdata=${dataDir}`,
      '--auth=scram-sha-256',
      `--username=${settings.superuser}`,
      `--pwfile=${passwordFile}`,
      ...flags,
    ])
    const code = await initdb.ended
    if (code !== 0)
      throw new Error(
        `initdb failed (exit code ${code}) for ${dataDir}. Last log lines:\n${tail(settings.logPath, 15)}`,
      )
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

export type StartedServer = { process: ChildProcess; stop(): Promise<void> }

export async function startServer(settings: ServerSettings, port: number): Promise<StartedServer> {
  const server = run(
    settings,
    'postgres',
    [
      '-D',
      settings.dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(settings.unsafeFastTestMode
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    settings.ownProcessGroup,
  )
  let exited = false
  let failure: unknown
  const ended = server.ended.then(
    () => void (exited = true),
    (error: unknown) => void ((exited = true), (failure = error)),
  )
  // If the owner exits without stopping it (an uncaught error), PostgreSQL still gets its fast shutdown.
  const stopOnExit = () => server.process.kill('SIGINT')
  process.once('exit', stopOnExit)
  void ended.then(() => process.off('exit', stopOnExit))
  try {
    await untilAccepting(settings, port, () => exited)
  } catch (error) {
    if (!exited) server.process.kill('SIGINT')
    await ended
    throw failure ?? error
  }
  return {
    process: server.process,
    async stop() {
      if (exited) return
      // SIGINT is PostgreSQL's "fast" shutdown: open transactions roll back, no crash recovery next time.
      server.process.kill('SIGINT')
      const forced = setTimeout(() => server.process.kill('SIGQUIT'), 60_000)
      await ended
      clearTimeout(forced)
    },
  }
}

/** `ended`: the exit code (null when killed by a signal); rejects with a clear error when it cannot run at all. */
function run(
  settings: ServerSettings,
  program: string,
  args: string[],
  detached = false,
): { process: ChildProcess; ended: Promise<number | null> } {
  const executable = path.join(settings.installDir, 'bin', program)
  const log = openSync(settings.logPath, 'a')
  try {
    const child = spawn(executable, args, {
      stdio: ['ignore', log, log],
      detached,
      env: { ...process.env, ...LOCALE_ENV },
      ...(settings.runAs ? { uid: settings.runAs.uid, gid: settings.runAs.gid } : {}),
    })
    const ended = new Promise<number | null>((resolve, reject) => {
      child.once('exit', resolve)
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new EmbeddedPostgresError(
            `PostgreSQL's ${program} in ${settings.installDir} could not be run (${error.code ?? error.message}): run npm install again, or set DATABASE_URL.`,
            { cause: error },
          ),
        ),
      )
    })
    return { process: child, ended }
  } finally {
    closeSync(log)
  }
}

async function untilAccepting(settings: ServerSettings, port: number, exited: () => boolean) {
  const deadline = performance.now() + 120_000
  while (performance.now() < deadline) {
    if (exited())
      throw new Error(
        `PostgreSQL did not start (data in ${settings.dataDir}). Last log lines:\n${tail(settings.logPath, 15)}`,
      )
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: settings.superuser,
      password: settings.password,
      database: 'postgres',
    })
    client.on('error', () => {})
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      // Not listening yet, or still starting up ("the database system is starting up").
      await client.end().catch(() => {})
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(
    `PostgreSQL did not accept connections within 2 minutes (data in ${settings.dataDir}). Last log lines:\n${tail(settings.logPath, 15)}`,
  )
}

export function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)'
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
}
