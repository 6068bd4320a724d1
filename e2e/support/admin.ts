// The admin the suite creates from the first-admin link (e2e/auth.setup.ts) and whose signed-in browser state
// every other spec starts from (playwright.config.ts). Lives only in the suite's own fresh database.
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Where scripts/e2e-server.ts writes the one-time link `npm start` printed. */
export const FIRST_ADMIN_LINK_FILE = path.join('.data', 'e2e-first-admin-link')
/** The admin's cookies, saved after signing in (gitignored). */
export const ADMIN_STATE_FILE = path.join('.data', 'e2e-admin-state.json')

export const ADMIN = { email: 'admin@example.com', name: 'E2E Admin', password: 'e2e admin password' }

/** The admin's session as a Cookie header, for requests made outside the browser. */
export function adminCookieHeader(): string {
  const state = JSON.parse(readFileSync(ADMIN_STATE_FILE, 'utf8')) as { cookies: { name: string; value: string }[] }
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
}

/** The environment that makes `npm run users` and `npm run tokens` reach the suite's database (scripts/e2e-server.ts). */
export function e2eDatabaseEnvironment(): NodeJS.ProcessEnv {
  if (!process.env.DATABASE_URL) return { ...process.env, FINOPS_DATA_DIR: path.join('.data', 'e2e'), DATABASE_URL: '' }
  const url = new URL(process.env.DATABASE_URL)
  url.pathname = '/finops_e2e'
  return { ...process.env, DATABASE_URL: url.toString() }
}
