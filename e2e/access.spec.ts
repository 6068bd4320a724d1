// Roles as a person meets them: an admin creates a viewer from the shell, the viewer sets a password through the
// one-time link, signs in and sees no write buttons, an incident's acknowledge/mute form included (and the API
// refuses a write anyway); disabled by the admin, the viewer is signed out at their next request.
import { spawnSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { e2eDatabaseEnvironment } from './support/admin'

const VIEWER = { email: 'viewer@example.com', password: 'viewer password 1' }

function users(...args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/users.ts', ...args], {
    env: e2eDatabaseEnvironment(),
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}

test('a viewer sees no write buttons, is refused writes, and is out at the next request once disabled', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  // The command prints the link at the dashboard's configured address; the suite's server is on its own port.
  const printed = new URL(users('create', '--email', VIEWER.email, '--role', 'viewer').trim().split('\n').at(-1)!)
  const link = printed.pathname + printed.hash
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  await page.goto(link)
  await expect(page.getByText(`Choose the password for ${VIEWER.email}`)).toBeVisible()
  await page.getByLabel('Password', { exact: true }).fill(VIEWER.password)
  await page.getByLabel('Password again').fill(VIEWER.password)
  await page.getByRole('button', { name: 'Set the password' }).click()
  await expect(page.getByText(`Sign in as ${VIEWER.email}`)).toBeVisible()

  await page.goto('/sign-in?next=%2Falerts')
  await page.getByLabel('E-mail').fill(VIEWER.email)
  await page.getByLabel('Password').fill(VIEWER.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/alerts$/)
  await expect(page.getByTestId('caller-role')).toContainText(`${VIEWER.email} · viewer`)
  await expect(page.getByRole('heading', { name: 'Rules' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New rule' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Send pending now' })).toHaveCount(0)
  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Demo data' })).toBeVisible()
  await expect(page.getByRole('button', { name: /demo data/ })).toHaveCount(0)
  await page.goto('/ingestion')
  await expect(page.getByRole('heading', { name: 'Ingestion', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: /Start|Upload|Import/ })).toHaveCount(0)
  await page.goto('/budgets/spend')
  await expect(page.getByRole('heading', { name: /budgets?$/, level: 2 })).toBeVisible()
  await expect(page.getByRole('button', { name: /New spend budget|Change the budget|Remove the budget/ })).toHaveCount(
    0,
  )
  await page.goto('/schedules')
  await expect(page.getByTestId('schedule-definition')).toBeVisible()
  await expect(page.getByRole('button', { name: /New schedule|Change schedule/ })).toHaveCount(0)
  await page.goto('/anomalies')
  await page.getByTestId('incidents-table').locator('tbody tr').first().getByRole('button').first().click()
  await expect(page.getByTestId('incident-details')).toBeVisible()
  await expect(
    page.getByTestId('incident-details').getByRole('button', { name: /Acknowledge|Mute|Reopen/ }),
  ).toHaveCount(0)
  // The server refuses what the page hides.
  const write = await page.request.delete('/api/demo-data')
  expect(write.status()).toBe(403)

  users('disable', '--email', VIEWER.email)
  await page.goto('/costs')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcosts$/)
  expect((await page.request.get('/api/overview')).status()).toBe(401)
  await context.close()
})
