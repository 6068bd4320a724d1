// `npm start`: build if needed, bring up PostgreSQL (embedded unless DATABASE_URL is set), migrate, load the
// demo data into an empty database, then serve the dashboard with the ingestion worker beside it.
// `npm run dev` does the same with `next dev`.
//
// Stopping: Ctrl-C, SIGTERM or SIGHUP to this process (npm passes them on), or the dashboard server or the
// worker ending for any reason, stops everything in order: the server and the worker (SIGTERM, then SIGKILL for
// one that does not stop in time, e.g. a blocked event loop), then PostgreSQL, which runs out of the terminal's
// reach so that a Ctrl-C does not stop it under them. The last line says what happened. Signal handlers are
// only added, never removed: under the tsx CLI, tsx's own hidden handler must stay, or tsx kills this process.
import 'dotenv/config'
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { env, InvalidEnvironmentError } from '@/lib/env'
import { dashboardUrl } from '@/lib/server/auth/auth-settings'
import { firstAdminLinkPath } from '@/lib/server/auth/setup-links'
import { clockEnvironment } from '@/lib/server/clock'
import { EmbeddedPostgresError } from '@/lib/server/db/embedded-postgres-error'
import { type OpenDatabase, openDatabase } from '@/lib/server/db/open-database'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { ensureDemoData } from '@/lib/server/demo/ensure-demo-data'
import { ensureFunctionMonths } from '@/lib/server/derived/ensure-function-months'
import { buildIfNeeded } from './lib/build-if-needed'
import { portProblem } from './lib/port-problem'

const log = (line: string) => console.log(`[finops] ${line}`)

type Managed = { name: string; process: ChildProcess; graceMs: number }

const running: { database?: Promise<OpenDatabase>; children: Managed[] } = { children: [] }
let stopping = false

async function main() {
  const dev = process.argv.includes('--dev')
  const config = env()
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(`on ${signal}`, 0))

  // Before anything else, and again right before the server starts: another dashboard may hold the port.
  const busy = await portProblem(config.HOST, config.PORT)
  if (busy) {
    console.error(`[finops] ${busy}`)
    process.exit(1)
  }
  if (!dev) buildIfNeeded(log)

  running.database = openDatabase({ ownProcessGroup: true })
  const database = await running.database
  log(`Database: ${database.description}`)
  if (stopping) return
  const migrations = await runMigrations(database.url, { log })
  log(
    migrations.applied.length ? `Applied ${migrations.applied.length} migration(s).` : 'Database schema is up to date.',
  )
  await ensureFunctionMonths(database.url, log)
  await ensureDemoData(database.url, { enabled: config.FINOPS_DEMO_DATA, log })
  if (stopping) return
  const taken = await portProblem(config.HOST, config.PORT)
  if (taken) {
    console.error(`[finops] ${taken}`)
    return stop('as the port is taken', 1)
  }

  const watchdog = path.resolve('scripts', 'parent-watchdog.cjs')
  manage(
    'dashboard server',
    10_000,
    spawn(
      process.execPath,
      [
        path.join('node_modules', 'next', 'dist', 'bin', 'next'),
        dev ? 'dev' : 'start',
        '--port',
        String(config.PORT),
        '--hostname',
        config.HOST,
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          ...clockEnvironment(),
          DATABASE_URL: database.url,
          NEXT_TELEMETRY_DISABLED: '1',
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${watchdog}`.trim(),
        },
      },
    ),
  )
  // The ingestion worker (queued runs, the schedule) runs beside Next with the same watchdog. A run in
  // progress needs up to 30 s to stop at its next AWS call and record how far it got.
  manage(
    'ingestion worker',
    35_000,
    spawn(process.execPath, ['--require', watchdog, '--import', 'tsx', path.join('scripts', 'worker.ts')], {
      stdio: 'inherit',
      env: { ...process.env, ...clockEnvironment(), DATABASE_URL: database.url },
    }),
  )
  const serving = await untilServing(`http://${config.HOST}:${config.PORT}/api/health`)
  if (stopping) return
  if (!serving) return stop('because the dashboard server did not answer within 2 minutes', 1)
  await printFirstAdminLink(database.url)
  log(
    `Dashboard: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}  (Ctrl-C stops the app and the database)`,
  )
}

/** With no user yet, nothing works without signing in: a one-time link (valid until used) creates the first admin. */
async function printFirstAdminLink(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl)
  try {
    const linkPath = await firstAdminLinkPath(db)
    if (linkPath)
      log(`No user yet. Create the first admin with this one-time link (it works once): ${dashboardUrl(linkPath)}`)
  } finally {
    await db.$disconnect()
  }
}

/** Starts watching a child: when it ends on its own, everything stops. */
function manage(name: string, graceMs: number, child: ChildProcess) {
  running.children.push({ name, process: child, graceMs })
  child.once('exit', (code, signal) => {
    if (!stopping)
      void stop(`because the ${name} ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}`, 1)
  })
}

/** `why` completes "Stopped …": "on SIGINT", "because the worker exited with code 1". */
async function stop(why: string, code: number) {
  if (stopping) return
  stopping = true
  const outcomes = (await Promise.all(running.children.map(stopChild))).filter((outcome) => outcome !== null)
  const database = await running.database?.catch(() => undefined)
  if (database) {
    await database.stop()
    if (database.stopOutcome) outcomes.push(database.stopOutcome)
  }
  log(`Stopped ${why}${outcomes.length ? `: ${outcomes.join(', ')}` : ''}.`)
  process.exit(code)
}

/** What became of the child, or null when it had already ended (the cause of the stop says why). */
async function stopChild({ name, process: child, graceMs }: Managed): Promise<string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return null
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, graceMs)
  await exited
  clearTimeout(timer)
  return killed ? `the ${name} did not stop within ${graceMs / 1000} s and was killed` : `the ${name} stopped`
}

/** True once the health route answers; false after 2 minutes, or as soon as a stop begins. */
async function untilServing(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      const response = await fetch(url)
      if (response.status < 500 || response.status === 503) return !stopping
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return false
}

main().catch(async (error: unknown) => {
  // Configuration and "cannot run here" errors are one sentence saying what to do: no stack.
  const known = error instanceof InvalidEnvironmentError || error instanceof EmbeddedPostgresError
  console.error(known ? `[finops] ${error.message}` : error)
  if (!(await running.database?.catch(() => undefined)) && running.children.length === 0) process.exit(1)
  void stop('because of the error above', 1)
})
