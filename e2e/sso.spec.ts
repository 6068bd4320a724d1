// Single sign-on through the suite's local OIDC issuer: a person the dashboard has never seen signs in with the
// issuer, comes back to the page they asked for, and holds the role their group maps to (engineer): the
// engineer's write buttons, none of the admin's.
import { expect, test } from '@playwright/test'
import { SSO_USER } from './support/sso'

test('a member of the engineers group signs in through the OIDC issuer and is an engineer', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  await page.goto('/alerts')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Falerts$/)
  await page.getByRole('button', { name: 'Sign in with the test issuer' }).click()

  // Discovery, the authorization code with PKCE, the verified ID token, then back to the page asked for.
  await expect(page).toHaveURL(/\/alerts$/)
  await expect(page.getByTestId('caller-role')).toContainText(`${SSO_USER.email} · engineer`)
  await expect(page.getByRole('button', { name: 'New rule' })).toBeVisible()
  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Demo data' })).toBeVisible()
  await expect(page.getByRole('button', { name: /demo data/ })).toHaveCount(0)
  expect((await page.request.delete('/api/demo-data')).status()).toBe(403)
  await context.close()
})
