// The app as `npm start` runs it, on a database of its own: a fresh embedded cluster in .data/e2e, or a
// fresh `finops_e2e` database on the server DATABASE_URL points at (never the user's own database). Its clock
// starts at TEST_NOW, so the demo dataset (13 months ending yesterday) is the same whatever day the tests run.
// The first admin's one-time link that the start prints is also written to FIRST_ADMIN_LINK_FILE, where the
// suite's setup (e2e/auth.setup.ts) picks it up to create the admin and sign in, as a person would.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { FIRST_ADMIN_LINK_FILE } from '../e2e/support/admin'
import { TEST_NOW } from '../tests/support/test-clock'

async function freshDatabaseOn(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query('DROP DATABASE IF EXISTS finops_e2e WITH (FORCE)')
  await admin.query('CREATE DATABASE finops_e2e')
  await admin.end()
  const parsed = new URL(url)
  parsed.pathname = '/finops_e2e'
  return parsed.toString()
}

const FIRST_ADMIN_LINK = /one-time link \(it works once\): (\S+)/

const environment: NodeJS.ProcessEnv = { ...process.env, FINOPS_DEMO_DATA: 'true', FINOPS_NOW: TEST_NOW }
if (process.env.DATABASE_URL) {
  environment.DATABASE_URL = await freshDatabaseOn(process.env.DATABASE_URL)
} else {
  rmSync('.data/e2e', { recursive: true, force: true })
  environment.FINOPS_DATA_DIR = '.data/e2e'
}
rmSync(FIRST_ADMIN_LINK_FILE, { force: true })
const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: environment,
})
app.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  const link = FIRST_ADMIN_LINK.exec(chunk.toString())?.[1]
  if (link) {
    mkdirSync(path.dirname(FIRST_ADMIN_LINK_FILE), { recursive: true })
    writeFileSync(FIRST_ADMIN_LINK_FILE, link, { mode: 0o600 })
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal))
app.on('exit', (code) => process.exit(code ?? 0))
