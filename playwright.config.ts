import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'
import { ADMIN_STATE_FILE } from './e2e/support/admin'
import { OIDC_ISSUER_URL, SSO_ENVIRONMENT } from './e2e/support/sso'

const PORT = Number(process.env.E2E_PORT ?? 3123)

// Debian's Chromium (apt-get install chromium) unless CHROMIUM_PATH says otherwise; Playwright's own browser
// as a last resort. Never downloads one.
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  - any OS: npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  )
}

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: { executablePath: chromiumExecutable(), args: ['--disable-gpu', '--disable-quic'] },
}

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'retain-on-failure' },
  projects: [
    // Creates the first admin from the link `npm start` printed and signs in; every spec starts signed in as them.
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { ...browser } },
    { name: 'chromium', dependencies: ['setup'], use: { ...browser, storageState: ADMIN_STATE_FILE } },
  ],
  webServer: [
    // The local OIDC issuer single sign-on is tested against (e2e/sso.spec.ts); started first, the dashboard
    // reads its discovery document.
    {
      command: 'npx tsx e2e/support/oidc-issuer.ts',
      url: `${OIDC_ISSUER_URL}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://127.0.0.1:${PORT}/api/health`,
      env: { PORT: String(PORT), HOST: '127.0.0.1', ...SSO_ENVIRONMENT },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'pipe',
      // SIGTERM lets the launcher stop PostgreSQL cleanly (SIGKILL would leave it to crash recovery).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
})
